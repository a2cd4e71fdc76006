package org.bitext.beam;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvColumn;
import org.bitext.output.TsvSettings;
import org.bitext.pipeline.LanguagePair;
import org.bitext.pipeline.NameEditProps;
import org.bitext.pipeline.ScoreThreshold;
import org.bitext.pipeline.UnitAligner;
import org.bitext.text.lang.NgramLanguageIdentifier;

/**
 * The options every worker needs, as plain values (the core's settings objects are not
 * serializable); workers build the core's objects from them, with the same defaults as
 * {@code bitext align}.
 */
record AlignSettings(String sourceLanguage, String targetLanguage, String encoding, boolean keepSpellings,
                     String tsvColumns, String creationDate, String version, double minScore) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** Settings that keep every pair. */
    AlignSettings(String sourceLanguage, String targetLanguage, String encoding, boolean keepSpellings,
                  String tsvColumns, String creationDate, String version) {
        this(sourceLanguage, targetLanguage, encoding, keepSpellings, tsvColumns, creationDate, version, 0);
    }

    static AlignSettings of(BeamAlignOptions o) {
        AlignSettings settings = new AlignSettings(o.getSourceLanguage(), o.getTargetLanguage(), o.getEncoding(),
                o.getKeepSpellings(), o.getTsvColumns(), o.getCreationDate(), coreVersion(), o.getMinScore());
        // fail at launch, not on every worker
        settings.tmx();
        settings.tsv();
        settings.charset();
        settings.threshold();
        return settings;
    }

    /** The least score of a pair written as a pair ({@code bitext align --min-score}). */
    ScoreThreshold threshold() {
        return new ScoreThreshold(minScore);
    }

    UnitAligner unitAligner() {
        return new UnitAligner(LanguagePair.of(sourceLanguage, targetLanguage), charset(),
                NgramLanguageIdentifier.standard());
    }

    Optional<Charset> charset() {
        return encoding == null || encoding.isBlank() ? Optional.empty() : Optional.of(Charset.forName(encoding));
    }

    TmxSettings tmx() {
        TmxSettings tmx = TmxSettings.defaults(version).withLanguages(sourceLanguage, targetLanguage)
                .withExtraProps(new NameEditProps());
        return creationDate == null || creationDate.isBlank() ? tmx : tmx.withCreationDate(Instant.parse(creationDate));
    }

    TsvSettings tsv() {
        List<TsvColumn> columns = new ArrayList<>();
        for (String key : tsvColumns.split(",")) {
            columns.add(TsvColumn.fromKey(key.trim()));
        }
        return TsvSettings.defaults().withColumns(columns);
    }

    /**
     * The core's version, as {@code bitext --version} prints it (TMX {@code creationtoolversion}):
     * the core jar's {@code Implementation-Version}, which Maven writes from the same POM version.
     */
    static String coreVersion() {
        String version = UnitAligner.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
