import java.util.HashMap;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How fast the machine is today, with work that does not depend on bitext's code: the virtual
 * machines these benchmarks run on have been up to twice as slow on one day as on another, and
 * bitext's time goes mostly to memory look-ups (word memos, hash tables, scattered strings), so a
 * slow day slows it more than a compute loop shows. Three figures, each the best of three rounds:
 *
 * <ul>
 *   <li>memory: one random read that misses every cache (a pointer chase through a single cycle
 *       through the lines of 512 MB, so the next address is known only once the read is done);</li>
 *   <li>exp: one {@link Math#exp} in a dependent chain, the dynamic program's costliest
 *       arithmetic;</li>
 *   <li>map: one {@link HashMap#get} of a string key, among 200,000, in scattered order.</li>
 * </ul>
 *
 * Run with the source launcher: {@code java -Xmx1g bench/calibrate/MachineSpeed.java}
 * (bench/calibrate.sh holds it to one core). Prints one line.
 */
public final class MachineSpeed {
    /** 64-byte lines of the chase: 512 MB, more than any cache. */
    private static final int CHASE_LINES = 1 << 23;
    /** Ints to a 64-byte line: the chase reads one int of each line. */
    private static final int LINE = 16;
    private static final int CHASE_STEPS = 4_000_000;
    private static final int EXP_STEPS = 40_000_000;
    private static final int MAP_WORDS = 200_000;
    private static final int MAP_LOOKUPS = 8_000_000;
    private static final int ROUNDS = 3;
    /** Where the loops' results go, so that none is optimised away. */
    private static volatile long sink;

    private MachineSpeed() {
    }

    public static void main(String[] args) {
        // one int of each line holds where the next read is: a single cycle through all the lines
        int[] cycle = singleCycle(CHASE_LINES, new SplittableRandom(42));
        int[] next = new int[CHASE_LINES * LINE];
        for (int line = 0; line < CHASE_LINES; line++) {
            next[line * LINE] = cycle[line] * LINE;
        }
        cycle = null;
        String[] words = new String[MAP_WORDS];
        HashMap<String, Integer> map = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            words[i] = "word" + (i * 7919L % 1_000_003);
            map.put(words[i], i);
        }
        double memory = Double.MAX_VALUE;
        double exp = Double.MAX_VALUE;
        double get = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            int at = 0;
            for (int i = 0; i < CHASE_STEPS; i++) {
                at = next[at];
            }
            memory = Math.min(memory, (System.nanoTime() - start) / (double) CHASE_STEPS);
            start = System.nanoTime();
            double x = 0.5;
            for (int i = 0; i < EXP_STEPS; i++) {
                x = Math.exp(-x) + 1e-9 * i;
            }
            exp = Math.min(exp, (System.nanoTime() - start) / (double) EXP_STEPS);
            start = System.nanoTime();
            long sum = 0;
            for (int i = 0; i < MAP_LOOKUPS; i++) {
                sum += map.get(words[(int) (i * 2_654_435_761L % MAP_WORDS)]);
            }
            get = Math.min(get, (System.nanoTime() - start) / (double) MAP_LOOKUPS);
            sink = at + (long) x + sum;
        }
        System.out.printf(Locale.ROOT, "memory %.0f ns/read, exp %.1f ns, map %.1f ns/get%n", memory, exp, get);
    }

    /** A permutation that is one cycle through all of [0, size) (Sattolo's shuffle). */
    private static int[] singleCycle(int size, SplittableRandom random) {
        int[] next = new int[size];
        for (int i = 0; i < size; i++) {
            next[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        return next;
    }
}
