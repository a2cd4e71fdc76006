package org.bitext.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitext.model.LadderBead;

/**
 * Strict and lax precision, recall and F1 of test alignments against gold ones, with the
 * semantics of the published Text+Berg results (Vecalign, Bertalign):
 * <ul>
 *   <li>precision is over every test bead, insertions and deletions included;</li>
 *   <li>recall is over gold beads with both sides, against test beads with both sides;</li>
 *   <li>strict: a bead counts only if the very same bead is in the other set;</li>
 *   <li>lax: it counts if it shares a source sentence with a bead of the other set whose target
 *       side it also overlaps;</li>
 *   <li>counts are summed over all file pairs before dividing.</li>
 * </ul>
 */
public final class AlignmentScorer {
    /** Precision, recall and F1 under one matching rule. */
    public record Prf(double precision, double recall, double f1) {
    }

    /** Both rules' figures. */
    public record Scores(Prf strict, Prf lax) {
    }

    private long precisionStrict;
    private long precisionLax;
    private long precisionTotal;
    private long recallStrict;
    private long recallLax;
    private long recallTotal;

    /** Adds one document's gold and test beads to the running counts. */
    public void add(List<LadderBead> gold, List<LadderBead> test) {
        long[] p = matchCounts(gold, test);
        precisionStrict += p[0];
        precisionLax += p[1];
        precisionTotal += p[2];
        long[] r = matchCounts(links(test), links(gold));
        recallStrict += r[0];
        recallLax += r[1];
        recallTotal += r[2];
    }

    public Scores scores() {
        Prf strict = prf(ratio(precisionStrict, precisionTotal), ratio(recallStrict, recallTotal));
        Prf lax = prf(ratio(precisionLax, precisionTotal), ratio(recallLax, recallTotal));
        return new Scores(strict, lax);
    }

    private static List<LadderBead> links(List<LadderBead> beads) {
        return beads.stream().filter(LadderBead::isLink).toList();
    }

    /** {strict hits, lax hits, total} of candidates judged against the reference. */
    private static long[] matchCounts(List<LadderBead> reference, List<LadderBead> candidates) {
        Set<LadderBead> ref = new HashSet<>();
        Map<Integer, Set<Integer>> targetsOf = new HashMap<>();
        for (LadderBead b : reference) {
            if (b.source().isEmpty() && b.target().isEmpty()) {
                continue;
            }
            ref.add(b);
            for (int s : b.source()) {
                targetsOf.computeIfAbsent(s, k -> new HashSet<>()).addAll(b.target());
            }
        }
        long strict = 0;
        long lax = 0;
        long total = 0;
        for (LadderBead bead : new LinkedHashSet<>(candidates)) {
            if (bead.source().isEmpty() && bead.target().isEmpty()) {
                continue;
            }
            total++;
            if (ref.contains(bead)) {
                strict++;
                lax++;
            } else if (overlapsLax(bead, targetsOf)) {
                lax++;
            }
        }
        return new long[] {strict, lax, total};
    }

    private static boolean overlapsLax(LadderBead bead, Map<Integer, Set<Integer>> targetsOf) {
        for (int s : bead.source()) {
            Set<Integer> targets = targetsOf.get(s);
            if (targets == null) {
                continue;
            }
            for (int t : bead.target()) {
                if (targets.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static Prf prf(double p, double r) {
        return new Prf(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }
}
