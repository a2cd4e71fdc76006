package org.bitext.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The pipeline's options, given as {@code --name=value} with Beam's own ({@code --runner},
 * {@code --tempLocation}, the runners' options).
 */
public interface BeamAlignOptions extends PipelineOptions {
    @Description("Manifest: one unit a line, a document path or an English and an Arabic path separated by a tab;"
            + " relative paths are taken from the manifest's folder; blank lines and # comments are skipped")
    String getManifest();

    void setManifest(String value);

    @Description("Instead of a manifest: files, folders or glob patterns, separated by commas; walked and paired"
            + " as `bitext align` does with its arguments")
    String getInput();

    void setInput(String value);

    @Description("Output folder (or prefix URI): corpus-*.tsv, corpus-*.jsonl, corpus-*.tmx, failures-*.tsv,"
            + " summary.tsv")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Shards per format; 0 lets the runner choose")
    @Default.Integer(0)
    int getNumShards();

    void setNumShards(int value);

    @Description("Source language tag")
    @Default.String("en")
    String getSourceLanguage();

    void setSourceLanguage(String value);

    @Description("Target language tag")
    @Default.String("ar")
    String getTargetLanguage();

    void setTargetLanguage(String value);

    @Description("Encoding of files without a byte-order mark (else UTF-8, or a detected legacy encoding)")
    String getEncoding();

    void setEncoding(String value);

    @Description("Keep every name as written instead of the batch's canonical spelling")
    @Default.Boolean(false)
    boolean getKeepSpellings();

    void setKeepSpellings(boolean value);

    @Description("TSV columns, among src,tgt,score,doc,para,type")
    @Default.String("src,tgt,score")
    String getTsvColumns();

    void setTsvColumns(String value);

    @Description("TMX creationdate, ISO 8601 (2020-03-18T00:00:00Z); none by default, so the bytes are reproducible")
    String getCreationDate();

    void setCreationDate(String value);

    @Description("Write only pairs whose score (as printed) is at least this, in [0, 1]; the others are written as"
            + " unaligned sentences, as `bitext align --min-score` does")
    @Default.Double(0)
    double getMinScore();

    void setMinScore(double value);
}
