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
import org.bitext.text.HeldWords;

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

    /**
     * One script's languages and their scoring table, and a memo of word scores.
     *
     * <p>Scoring probes the table once per n-gram of a word, at random places of a table of
     * several megabytes, which made language identification the costliest step of reading a
     * document. Words repeat (a few thousand types make most of news text), so each group keeps
     * the sums of the word types seen lately at {@code 2^}{@value #MEMO_BITS} places (a two-way
     * cache: a new word replaces the one of its set used less lately). The memo is a cache of a
     * pure function: it changes the time, never a score. Each thread has its own ({@link Memo}),
     * in flat arrays: a word and its sums are read from two places of memory, where a shared memo
     * of immutable entries (what it was) chased four references per word, and two threads writing
     * one memo kept taking its lines from each other.
     */
    static final class Group {
        static final int MEMO_BITS = 16;
        /** Longer words (rare, mostly run-together text) are not kept. */
        static final int MAX_MEMO_WORD = 24;

        final int script;
        final String[] languages;
        private final double[][] unseen; // [language][order]
        private final long[] slots;      // open addressing; 0 = empty (no n-gram packs to 0)
        private final float[] increments; // slot * languages.length + language
        private final ThreadLocal<Memo> memo;

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
            memo = ThreadLocal.withInitial(() -> new Memo(n));
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
         * <p>A word's n-grams are looked up once per word type rather than once per occurrence
         * (see {@link WordScore}); the increments are floats of at least {@code log1p(1 / a)},
         * about 3, so each is a multiple of 2<sup>-22</sup> and any sum of them is exact in a
         * double: adding a word's sum is the same as adding its n-grams one by one, and the scores
         * do not depend on what the memo held.
         *
         * @return the number of letters scored
         */
        int score(char[] text, double[] scores) {
            return score(text, scores, null, Double.POSITIVE_INFINITY, 0);
        }

        /**
         * {@link #score(char[], double[])}, but only of the words up to the first where, with at
         * least {@code lettersToDecide} letters scored, one language leads every other by
         * {@code decisiveLead} once {@code priors} are added (the caller adds them afterwards).
         * The scores of a text that never gets there are the same as the whole text's, bit for bit.
         *
         * @param priors per language, what the caller will add to the scores, or null for nothing
         * @return the number of letters scored
         */
        int score(char[] text, double[] scores, double[] priors, double decisiveLead, int lettersToDecide) {
            int n = languages.length;
            int[] perOrder = new int[NgramFeatures.MAX_ORDER + 1];
            Memo words = memo.get();
            double[] sums = words.sums;
            boolean decides = decisiveLead < Double.POSITIVE_INFINITY;
            int[] sinceCheck = {0};
            int letters = NgramFeatures.words(text, script, (word, length) -> {
                for (int o = 1; o <= NgramFeatures.MAX_ORDER; o++) {
                    perOrder[o] += NgramFeatures.ngramCount(length, o);
                }
                int base = wordIncrements(words, word, length);
                for (int l = 0; l < n; l++) {
                    scores[l] += sums[base + l];
                }
                if (!decides || perOrder[1] < lettersToDecide || (sinceCheck[0] += length) < CHECK_LETTERS) {
                    return true;
                }
                sinceCheck[0] = 0;
                return lead(scores, perOrder, priors) < decisiveLead;
            });
            for (int l = 0; l < n; l++) {
                for (int o = 1; o <= NgramFeatures.MAX_ORDER; o++) {
                    scores[l] += perOrder[o] * unseen[l][o];
                }
            }
            return letters;
        }

        /** Letters scored between two looks at the lead (each costs a pass over languages and orders). */
        private static final int CHECK_LETTERS = 16;

        /** How far the best language leads the next, with the unseen mass so far and the priors. */
        private double lead(double[] scores, int[] perOrder, double[] priors) {
            double best = Double.NEGATIVE_INFINITY;
            double next = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < languages.length; l++) {
                double s = scores[l] + (priors == null ? 0 : priors[l]);
                for (int o = 1; o <= NgramFeatures.MAX_ORDER; o++) {
                    s += perOrder[o] * unseen[l][o];
                }
                if (s > best) {
                    next = best;
                    best = s;
                } else if (s > next) {
                    next = s;
                }
            }
            return best - next;
        }

        /**
         * Where in {@code memo.sums} the sums of the increments of the n-grams of a word start (one
         * per language): the word's place when the memo held it or now holds it, else the scratch
         * place after the last.
         */
        private int wordIncrements(Memo memo, char[] word, int length) {
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + word[i];
            }
            int n = languages.length;
            int place = Memo.PLACES;
            if (length <= MAX_MEMO_WORD) {
                int set = (hash ^ hash >>> 15) * 0x9E3779B9 >>> (Integer.SIZE - MEMO_BITS + 1);
                int found = memo.words.find(set, word, length);
                if (found >= 0) {
                    return found * n;
                }
                place = memo.words.placeForNew(set);
            }
            int base = place * n;
            double[] sums = memo.sums;
            Arrays.fill(sums, base, base + n, 0.0);
            NgramFeatures.ngrams(word, length, (key, order) -> {
                int slot = slotOf(key);
                if (slots[slot] != 0) {
                    int from = slot * n;
                    for (int l = 0; l < n; l++) {
                        sums[base + l] += this.increments[from + l];
                    }
                }
            });
            if (place < Memo.PLACES) {
                memo.words.put(place, word, length);
            }
            return base;
        }

        int indexOf(String language) {
            return Arrays.asList(languages).indexOf(language);
        }
    }

    /**
     * One thread's memo of word sums for a {@link Group}: at each of its places a word (its
     * length, then its letters, in {@code words}) and the sums of its n-grams' increments per
     * language (in {@code sums}); one place more, never a word's, for words too long to keep.
     * Two places per set ({@link HeldWords#find}): on the 10,000-document batch, 10.9 million
     * words scored, the memo missed 51,000 times instead of 271,000 with one place per word in the
     * same memory; each miss looks up some 25 n-grams in the model's tables.
     */
    private static final class Memo {
        static final int PLACES = 1 << Group.MEMO_BITS;
        final HeldWords words = new HeldWords(PLACES, Group.MAX_MEMO_WORD);
        final double[] sums;

        Memo(int languages) {
            sums = new double[(PLACES + 1) * languages];
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
