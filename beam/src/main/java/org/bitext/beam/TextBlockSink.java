package org.bitext.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileIO;

/**
 * Writes blocks of text (one document's rows, lines or units each) as UTF-8, exactly as given,
 * between a header and a footer: so every shard of a TMX corpus is a whole TMX document.
 */
final class TextBlockSink implements FileIO.Sink<String> {
    private static final long serialVersionUID = 1L;
    private final String header;
    private final String footer;
    private transient OutputStream out;

    TextBlockSink(String header, String footer) {
        this.header = header;
        this.footer = footer;
    }

    /** A sink for formats without header or footer (TSV, JSONL). */
    static TextBlockSink plain() {
        return new TextBlockSink("", "");
    }

    @Override
    public void open(WritableByteChannel channel) throws IOException {
        out = Channels.newOutputStream(channel);
        out.write(header.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String block) throws IOException {
        out.write(block.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        out.write(footer.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
