package org.bitext.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.bitext.io.AtomicFile;
import org.bitext.model.AlignedDocument;
import org.bitext.output.TmxSettings;
import org.bitext.output.TmxWriter;
import org.bitext.output.TsvSettings;
import org.bitext.output.TsvWriter;

/**
 * Writes {@code STEM.tsv} and {@code STEM.tmx} for each document into a folder. Each file is
 * written to a temporary name and renamed when complete, so a failure never leaves half a file.
 */
public final class FolderSink implements DocumentSink {
    private final Path folder;
    private final TmxSettings tmx;
    private final TsvSettings tsv;

    public FolderSink(Path folder, TmxSettings tmx, TsvSettings tsv) {
        this.folder = folder;
        this.tmx = tmx;
        this.tsv = tsv;
    }

    @Override
    public void accept(AlignedDocument document) throws IOException {
        AtomicFile.write(folder.resolve(document.stem() + ".tsv"), out -> {
            TsvWriter writer = new TsvWriter(out, tsv);
            writer.write(document);
            writer.end();
        });
        AtomicFile.write(folder.resolve(document.stem() + ".tmx"), out -> {
            TmxWriter writer = new TmxWriter(out, tmx);
            writer.write(document);
            writer.end();
        });
    }

    @Override
    public void close() {
        // every file is complete when accept returns
    }
}
