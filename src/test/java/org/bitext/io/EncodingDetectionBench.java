package org.bitext.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Not a test: measures legacy-encoding detection. Each UTF-8 file under the folders given is cut
 * into prefixes of several lengths (characters), encoded in each legacy encoding (characters the
 * encoding lacks become '?'), decoded by {@link TextDecoder}, and counted right when the text comes
 * back exactly. Prefixes that are pure ASCII are skipped (any ASCII-compatible answer is right).
 * Usage: see bench/reliability/README.md.
 */
public final class EncodingDetectionBench {
    private static final int[] LENGTHS = {20, 50, 100, 300, 1000, 5000};
    private static final String[] CHARSETS = {"windows-1256", "ISO-8859-6", "windows-1252"};

    private static final boolean VERBOSE = Boolean.getBoolean("verbose");

    private EncodingDetectionBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        TextDecoder decoder = new TextDecoder(Optional.empty());
        for (String name : CHARSETS) {
            Charset charset = Charset.forName(name);
            StringBuilder line = new StringBuilder(name + ":");
            for (int length : LENGTHS) {
                int right = 0;
                int total = 0;
                for (Path f : files) {
                    String text = Files.readString(f);
                    text = text.substring(0, Math.min(length, text.length()));
                    CharsetEncoder enc = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                            .onMalformedInput(CodingErrorAction.REPLACE);
                    ByteBuffer b = enc.encode(CharBuffer.wrap(text));
                    byte[] bytes = new byte[b.remaining()];
                    b.get(bytes);
                    String expected = new String(bytes, charset).replace("\r\n", "\n").replace('\r', '\n');
                    if (expected.chars().allMatch(c -> c < 0x80)) {
                        continue;
                    }
                    total++;
                    try {
                        TextDecoder.DecodedText d = decoder.decode(f, bytes);
                        if (d.text().equals(expected)) {
                            right++;
                        } else if (VERBOSE) {
                            System.out.println("  wrong: " + f + " " + length + " " + name + " -> " + d.encoding());
                        }
                    } catch (TextDecoder.DecodingException e) {
                        if (VERBOSE) {
                            System.out.println("  error: " + length + " " + name + " " + e.getMessage());
                        }
                    }
                }
                line.append(String.format(Locale.ROOT, "  %d chars %d/%d", length, right, total));
            }
            System.out.println(line);
        }
    }
}
