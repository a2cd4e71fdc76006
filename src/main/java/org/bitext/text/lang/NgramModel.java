package org.bitext.text.lang;

import com.ibm.icu.lang.UScript;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Character n-gram counts per language, grouped by the script the languages share, and the
 * naive-Bayes log-likelihood of a text under each language of a group.
 *
 * <p>Smoothing is additive: {@code P(g | lang) = (count + a) / (N + a V)} where {@code N} is the
 * number of n-grams of that order seen for the language and {@code V} the number of distinct
 * n-grams of that order in the group. Since {@code log P = log(a / (N + aV)) + log(1 + count/a)},
 * a text's score is a per-language base (how many n-grams of each order it has, times the
 * unseen log-probability) plus, for each n-gram found in the table, {@code log(1 + count/a)}.
 * The table holds those increments, so scoring is one hash probe per n-gram.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class NgramModel {
    static final int MAGIC = 0x42544c4d; // "BTLM"
    static final int VERSION = 1;
    /** Additive smoothing constant; small because unseen letters are strong evidence. */
    static final double SMOOTHING = 0.05;

    /**
     * The raw counts of one script's languages, as the trainer writes them; {@code counts}
     * holds, for n-gram {@code e} and language {@code l}, its count at {@code e * n + l}.
     */
    record Counts(String script, List<String> languages, long[][] totals, long[] keys,
                  int[] counts) {
        Counts {
            languages = List.copyOf(languages);
        }
    }

    /** One script's languages and their scoring table. */
    static final class Group {
        final int script;
        final String[] languages;
        private final double[][] unseen; // [language][order]
        private final long[] slots;      // open addressing; 0 = empty (no n-gram packs to 0)
        private final float[] increments; // slot * languages.length + language

        Group(Counts counts) {
            this.script = UScript.getCodeFromName(counts.script());
            this.languages = counts.languages().toArray(String[]::new);
            int n = languages.length;
            long[] distinct = new long[NgramFeatures.MAX_ORDER + 1];
            for (long key : counts.keys()) {
                distinct[order(key)]++;
            }
            unseen = new double[n][NgramFeatures.MAX_ORDER + 1];
            for (int l = 0; l < n; l++) {
                for (int o = 1; o <= NgramFeatures.MAX_ORDER; o++) {
                    double total = counts.totals()[l][o - 1];
                    unseen[l][o] = Math.log(SMOOTHING / (total + SMOOTHING * distinct[o]));
                }
            }
            int capacity = Integer.highestOneBit(Math.max(4, counts.keys().length * 2)) * 2;
            slots = new long[capacity];
            increments = new float[capacity * n];
            for (int e = 0; e < counts.keys().length; e++) {
                int slot = slotOf(counts.keys()[e]);
                slots[slot] = counts.keys()[e];
                for (int l = 0; l < n; l++) {
                    int count = counts.counts()[e * n + l];
                    // most n-grams are unseen in most languages: log1p(0) is the array's 0
                    if (count != 0) {
                        increments[slot * n + l] = (float) Math.log1p(count / SMOOTHING);
                    }
                }
            }
        }

        private int slotOf(long key) {
            int mask = slots.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (slots[slot] != 0 && slots[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /**
         * Adds to {@code scores} the log-likelihood of the letters of {@code text} in this
         * group's script under each language.
         *
         * @return the number of letters scored
         */
        int score(CharSequence text, double[] scores) {
            int n = languages.length;
            int[] perOrder = new int[NgramFeatures.MAX_ORDER + 1];
            int letters = NgramFeatures.extract(text, script, (key, order) -> {
                perOrder[order]++;
                int slot = slotOf(key);
                if (slots[slot] != 0) {
                    int base = slot * n;
                    for (int l = 0; l < n; l++) {
                        scores[l] += increments[base + l];
                    }
                }
            });
            for (int l = 0; l < n; l++) {
                for (int o = 1; o <= NgramFeatures.MAX_ORDER; o++) {
                    scores[l] += perOrder[o] * unseen[l][o];
                }
            }
            return letters;
        }

        int indexOf(String language) {
            return Arrays.asList(languages).indexOf(language);
        }
    }

    private final Map<Integer, Group> groups;

    NgramModel(List<Counts> counts) {
        Map<Integer, Group> byScript = new TreeMap<>();
        for (Counts c : counts) {
            Group g = new Group(c);
            byScript.put(g.script, g);
        }
        this.groups = Map.copyOf(byScript);
    }

    /** The group for ICU script code {@code script}, or null when no languages share it. */
    Group groupOrNull(int script) {
        return groups.get(script);
    }

    static int order(long key) {
        return (64 - Long.numberOfLeadingZeros(key) + 15) / 16;
    }

    static void write(List<Counts> groups, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(groups.size());
        for (Counts g : groups) {
            data.writeUTF(g.script());
            data.writeInt(g.languages().size());
            for (int l = 0; l < g.languages().size(); l++) {
                data.writeUTF(g.languages().get(l));
                for (long t : g.totals()[l]) {
                    data.writeLong(t);
                }
            }
            data.writeInt(g.keys().length);
            for (int e = 0; e < g.keys().length; e++) {
                data.writeLong(g.keys()[e]);
                for (int l = 0; l < g.languages().size(); l++) {
                    writeVarint(data, g.counts()[e * g.languages().size() + l]);
                }
            }
        }
        data.flush();
    }

    /**
     * Reads what {@link #write} wrote. The stream is read whole and parsed from memory: a
     * {@link DataInputStream} takes the varints a byte at a time through synchronized reads,
     * which made loading the model a third of a second of every run's start.
     */
    static NgramModel read(InputStream in) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(in.readAllBytes()); // big-endian, as DataOutputStream writes
        try {
            if (data.getInt() != MAGIC || data.getInt() != VERSION) {
                throw new IOException("not a language model of version " + VERSION);
            }
            int groupCount = data.getInt();
            List<Counts> groups = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                String script = readUtf(data);
                int n = data.getInt();
                List<String> languages = new ArrayList<>();
                long[][] totals = new long[n][NgramFeatures.MAX_ORDER];
                for (int l = 0; l < n; l++) {
                    languages.add(readUtf(data));
                    for (int o = 0; o < NgramFeatures.MAX_ORDER; o++) {
                        totals[l][o] = data.getLong();
                    }
                }
                int entries = data.getInt();
                long[] keys = new long[entries];
                int[] counts = new int[entries * n];
                for (int e = 0; e < entries; e++) {
                    keys[e] = data.getLong();
                    for (int l = 0; l < n; l++) {
                        counts[e * n + l] = readVarint(data);
                    }
                }
                groups.add(new Counts(script, languages, totals, keys, counts));
            }
            return new NgramModel(groups);
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new IOException("language model truncated or damaged", e);
        }
    }

    /** A string as {@link DataOutputStream#writeUTF} wrote it (modified UTF-8 after its length). */
    private static String readUtf(ByteBuffer data) throws IOException {
        int length = Short.toUnsignedInt(data.getShort(data.position()));
        byte[] bytes = new byte[2 + length];
        data.get(bytes);
        return new DataInputStream(new ByteArrayInputStream(bytes)).readUTF();
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = Byte.toUnsignedInt(in.get());
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
