package org.bitext.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bitext.io.AtomicFile;
import org.bitext.io.TemporaryFiles;
import org.bitext.model.AlignedDocument;
import org.bitext.output.CorpusWriter;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvSettings;

/**
 * Writes the files of each document into a folder, named by its stem ({@code STEM.tsv},
 * {@code STEM.tmx}, {@code STEM.en} + {@code STEM.ar}, {@code STEM.jsonl}), plus one
 * {@code review.html} for the batch when asked. Each file is written to a temporary name and
 * renamed when complete, so a failure never leaves half a file.
 *
 * <p>Resume ({@code --resume}): a resumable run keeps in the folder a small marker, {@value #RESUME_MARKER}, with
 * the tool version and every setting that changes the bytes of the outputs. A run whose
 * version or settings differ rewrites the marker first, which gives it a new modification
 * time. A document is up to date, and may be skipped, when all its files exist and each is
 * newer than every input file of the document and not older than the marker: so outputs of
 * another version or other settings are never taken for current, and a run that was
 * interrupted resumes where it stopped.
 */
public final class FolderSink implements DocumentSink {
    /** The review page's file name. */
    public static final String REVIEW_PAGE = "review.html";
    /** The resume marker's file name; hidden, so that it is never mistaken for a corpus file. */
    public static final String RESUME_MARKER = ".bitext-run";

    private final Path folder;
    private final OutputSettings settings;
    private final boolean resume;
    private final CombinedSink review;
    private final TemporaryFiles temporaries;
    private FileTime markerTime;

    /** TSV and TMX per document, no resume: the tool's default. */
    public FolderSink(Path folder, TmxSettings tmx, TsvSettings tsv) {
        this(folder, OutputSettings.tmxAndTsv(tmx, tsv), false);
    }

    /**
     * @param resume whether {@link #isUpToDate} may report documents as current; a batch file (the
     *               review page) cannot be resumed, so {@code resume} excludes {@link OutputFormat#HTML}
     */
    public FolderSink(Path folder, OutputSettings settings, boolean resume) {
        this(folder, settings, resume, TemporaryFiles.untracked());
    }

    /** @param temporaries where the files being written are registered, for a stopped run to delete */
    public FolderSink(Path folder, OutputSettings settings, boolean resume, TemporaryFiles temporaries) {
        if (resume && settings.has(OutputFormat.HTML)) {
            throw new IllegalArgumentException("the review page covers the whole batch and cannot be resumed");
        }
        this.folder = folder;
        this.settings = settings;
        this.resume = resume;
        this.temporaries = temporaries;
        this.review = settings.has(OutputFormat.HTML)
                ? new CombinedSink(folder, new OutputSettings(EnumSet.of(OutputFormat.HTML), settings.tmx(),
                        settings.tsv(), settings.html()), temporaries)
                : null;
    }

    @Override
    public void accept(AlignedDocument document) throws IOException {
        if (resume) {
            markRun();
        } else {
            forgetRun();
        }
        for (OutputFormat format : OutputFormat.values()) {
            if (format != OutputFormat.HTML && settings.has(format)) {
                writeDocument(format, document);
            }
        }
        if (review != null) {
            review.accept(document);
        }
    }

    /** The files of one format for one document, each complete or absent. */
    private void writeDocument(OutputFormat format, AlignedDocument document) throws IOException {
        List<AtomicFile.Pending> files = new ArrayList<>();
        try {
            List<Writer> targets = new ArrayList<>();
            for (String name : settings.fileNames(format, document.stem())) {
                AtomicFile.Pending file = AtomicFile.open(folder.resolve(name), temporaries);
                files.add(file);
                targets.add(file.writer());
            }
            CorpusWriter writer = FormatWriters.create(format, settings, targets);
            writer.write(document);
            writer.end();
            for (AtomicFile.Pending file : files) {
                file.commit();
            }
        } catch (IOException | RuntimeException e) {
            files.forEach(AtomicFile.Pending::discard);
            throw e;
        }
    }

    @Override
    public boolean isUpToDate(String stem, List<Path> inputs) throws IOException {
        if (!resume) {
            return false;
        }
        markRun();
        FileTime newestInput = FileTime.fromMillis(Long.MIN_VALUE);
        for (Path input : inputs) {
            FileTime t = Files.getLastModifiedTime(input);
            newestInput = t.compareTo(newestInput) > 0 ? t : newestInput;
        }
        for (OutputFormat format : settings.formats()) {
            for (String name : settings.fileNames(format, stem)) {
                FileTime written;
                try {
                    written = Files.getLastModifiedTime(folder.resolve(name));
                } catch (NoSuchFileException e) {
                    return false;
                }
                if (written.compareTo(newestInput) <= 0 || written.compareTo(markerTime) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Makes the marker say what this run writes, before it writes anything; rewriting it (only
     * when it differs) moves its time past every output of an earlier version or setting.
     */
    private void markRun() throws IOException {
        if (markerTime != null) {
            return;
        }
        Path marker = folder.resolve(RESUME_MARKER);
        String content = "bitext outputs; a run with other values rewrites every document\n"
                + settings.fingerprint();
        String existing = null;
        try {
            existing = Files.readString(marker, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            // first run into this folder
        } catch (IOException e) {
            // unreadable: rewrite it
        }
        if (!content.equals(existing)) {
            AtomicFile.write(marker, w -> w.write(content), temporaries);
        }
        markerTime = Files.getLastModifiedTime(marker);
    }

    /**
     * A run without {@code --resume} writes no marker (so a plain run leaves only corpus files),
     * and removes an earlier one: its outputs may now come from other settings, so a later
     * {@code --resume} must not take them for current.
     */
    private void forgetRun() throws IOException {
        if (markerTime == null) {
            Files.deleteIfExists(folder.resolve(RESUME_MARKER));
            markerTime = FileTime.fromMillis(0);
        }
    }

    @Override
    public void close() throws IOException {
        if (review != null) {
            review.close();
        }
    }

    @Override
    public void abandon() {
        if (review != null) {
            review.abandon();
        }
    }
}
