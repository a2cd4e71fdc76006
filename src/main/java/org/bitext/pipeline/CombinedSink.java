package org.bitext.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.io.AtomicFile;
import org.bitext.io.TemporaryFiles;
import org.bitext.model.AlignedDocument;
import org.bitext.output.CorpusWriter;

/**
 * Writes one file per format for the whole batch ({@code corpus.tmx}, {@code corpus.tsv},
 * {@code corpus.SRC}/{@code corpus.TGT}, {@code corpus.jsonl}, {@code review.html}), documents
 * in input order. The files grow under temporary names and appear only when the batch is
 * complete; a run that stops on an error leaves the previous files untouched.
 *
 * <p>A failed write here is not one bad document but a broken corpus, so it stops the batch
 * ({@link UncheckedIOException}) instead of being reported per document.
 */
public final class CombinedSink implements DocumentSink {
    /** The base name of combined corpus files. */
    public static final String CORPUS = "corpus";

    private final Path folder;
    private final OutputSettings settings;
    private final List<AtomicFile.Pending> files = new ArrayList<>();
    private final List<CorpusWriter> writers = new ArrayList<>();
    private final TemporaryFiles temporaries;
    private boolean opened;

    public CombinedSink(Path folder, OutputSettings settings) {
        this(folder, settings, TemporaryFiles.untracked());
    }

    /** @param temporaries where the files being written are registered, for a stopped run to delete */
    public CombinedSink(Path folder, OutputSettings settings, TemporaryFiles temporaries) {
        this.folder = folder;
        this.settings = settings;
        this.temporaries = temporaries;
    }

    @Override
    public void accept(AlignedDocument document) throws IOException {
        open();
        try {
            for (CorpusWriter writer : writers) {
                writer.write(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the combined corpus in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        open();
        for (CorpusWriter writer : writers) {
            writer.end();
        }
        for (AtomicFile.Pending file : files) {
            file.commit();
        }
    }

    @Override
    public void abandon() {
        files.forEach(AtomicFile.Pending::discard);
    }

    private void open() throws IOException {
        if (opened) {
            return;
        }
        opened = true;
        try {
            for (OutputFormat format : OutputFormat.values()) {
                if (!settings.has(format)) {
                    continue;
                }
                List<java.io.Writer> targets = new ArrayList<>();
                for (String name : settings.fileNames(format, CORPUS)) {
                    AtomicFile.Pending file = AtomicFile.open(folder.resolve(name), temporaries);
                    files.add(file);
                    targets.add(file.writer());
                }
                writers.add(FormatWriters.create(format, settings, targets));
            }
        } catch (IOException | RuntimeException e) {
            abandon();
            throw e;
        }
    }
}
