package org.bitext.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.bitext.align.AlignmentInput;
import org.bitext.align.LexicalModel;
import org.bitext.align.SentenceAligner;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * Aligns a document too large to align in one piece, chunk by chunk.
 *
 * <p>Measured on one document of 100,000 one-word paragraphs (50,000 sentences a side): the whole
 * {@code bitext align} run took 129 s and 2.2 GB (maximum resident size), almost all of it in the
 * second pass, where the lexical cost over one band of that size dominates; the first pass alone
 * took 3.3 s. A million such paragraphs in one piece would not fit. So:
 * <ol>
 *   <li>a document with at most {@value #MAX_CHUNK_SENTENCES} sentences on each side is aligned
 *       in one piece, exactly as before;</li>
 *   <li>a larger one is cut into {@code ceil(max(S, T) / MAX_CHUNK_SENTENCES)} chunks; the k-th cut
 *       falls, on each side, at the same fraction of that side's characters (the length ratio of
 *       a translation is roughly constant), moved to the nearest paragraph start within a quarter
 *       chunk (paragraphs are the anchors a merge never crosses), else kept inside a paragraph;</li>
 *   <li>each chunk is aligned on its own and the beads are shifted back into document positions,
 *       so the result still covers every sentence once, in order.</li>
 * </ol>
 * Memory is then bounded by one chunk, whatever the document size; the price is possible errors
 * within a few sentences of each cut.
 */
final class ChunkedAligner {
    static final int MAX_CHUNK_SENTENCES = 5_000;

    private final SentenceAligner aligner;
    private final int maxChunk;

    ChunkedAligner(SentenceAligner aligner) {
        this(aligner, MAX_CHUNK_SENTENCES);
    }

    ChunkedAligner(SentenceAligner aligner, int maxChunk) {
        this.aligner = aligner;
        this.maxChunk = maxChunk;
    }

    /** Like {@link SentenceAligner#align(AlignmentInput, AlignmentInput, LexicalModel)}, in chunks if large. */
    Alignment align(AlignmentInput source, AlignmentInput target, LexicalModel lexicon) {
        if (source.size() <= maxChunk && target.size() <= maxChunk) {
            return aligner.align(source, target, lexicon);
        }
        int[][] cuts = cuts(source, target, maxChunk);
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.length; k++) {
            int s0 = cuts[k][0];
            int t0 = cuts[k][1];
            Alignment part = aligner.align(slice(source, s0, cuts[k + 1][0]), slice(target, t0, cuts[k + 1][1]), lexicon);
            for (Bead b : part.beads()) {
                beads.add(new Bead(b.sourceStart() + s0, b.sourceCount(), b.targetStart() + t0, b.targetCount(), b.score()));
            }
        }
        return new Alignment(beads, source.size(), target.size());
    }

    /**
     * The pair prepared for {@link #align(SentenceAligner.Pair, LexicalModel)}, or null when it is
     * too large to align in one piece (its chunks are prepared one at a time).
     */
    SentenceAligner.Pair prepareWhole(AlignmentInput source, AlignmentInput target) {
        return source.size() <= maxChunk && target.size() <= maxChunk ? aligner.prepare(source, target) : null;
    }

    /** Aligns a pair from {@link #prepareWhole} (one piece). */
    Alignment align(SentenceAligner.Pair pair, LexicalModel lexicon) {
        return aligner.align(pair, lexicon);
    }

    /** Chunk boundaries as {source, target} sentence indices, from {0, 0} to {S, T}, never decreasing. */
    static int[][] cuts(AlignmentInput source, AlignmentInput target, int maxChunk) {
        int chunks = (Math.max(source.size(), target.size()) + maxChunk - 1) / maxChunk;
        long[] sourceChars = prefixLengths(source);
        long[] targetChars = prefixLengths(target);
        int[][] cuts = new int[chunks + 1][];
        cuts[0] = new int[] {0, 0};
        for (int k = 1; k < chunks; k++) {
            double fraction = k / (double) chunks;
            cuts[k] = new int[] {
                cutAt(source, sourceChars, fraction, cuts[k - 1][0], maxChunk / 4),
                cutAt(target, targetChars, fraction, cuts[k - 1][1], maxChunk / 4)};
        }
        cuts[chunks] = new int[] {source.size(), target.size()};
        return cuts;
    }

    private static int cutAt(AlignmentInput side, long[] prefix, double fraction, int previous, int reach) {
        long goal = Math.round(fraction * prefix[prefix.length - 1]);
        int at = lowerBound(prefix, goal);
        at = Math.max(previous, Math.min(side.size(), at));
        for (int d = 0; d <= reach; d++) {
            if (isParagraphStart(side, at - d) && at - d >= previous) {
                return at - d;
            }
            if (isParagraphStart(side, at + d)) {
                return at + d;
            }
        }
        return at;
    }

    private static boolean isParagraphStart(AlignmentInput side, int i) {
        return i > 0 && i < side.size() && !side.paragraphs().get(i).equals(side.paragraphs().get(i - 1));
    }

    private static int lowerBound(long[] prefix, long goal) {
        int lo = 0;
        int hi = prefix.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid] < goal) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[] prefixLengths(AlignmentInput side) {
        long[] prefix = new long[side.size() + 1];
        for (int i = 0; i < side.size(); i++) {
            prefix[i + 1] = prefix[i] + side.sentences().get(i).length();
        }
        return prefix;
    }

    private static AlignmentInput slice(AlignmentInput side, int from, int to) {
        return new AlignmentInput(side.sentences().subList(from, to), side.paragraphs().subList(from, to),
                side.tokens().subList(from, to));
    }
}
