import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs {@code bitext align} on one folder with two (or more) bitext jars in one JVM, each jar in
 * a class loader of its own, taking turns round after round, and prints each round's times and,
 * per jar, the median and minimum of the rounds after the first two (the JIT's warm-up) and the
 * per-round ratios to the first jar. On a virtual machine whose speed drifts by 10-30 % from
 * minute to minute, runs of separate processes minutes apart cannot show a change of a few per
 * cent; turns of a few seconds within one process can. The jars share the JVM's flags, heap,
 * collector and JIT threads, and each keeps its own compiled code and profiles.
 *
 * <p>Usage (through bench/ab.sh): {@code AlternatingRuns JAR[,JAR...] FOLDER ROUNDS OUT [JOBS]};
 * the outputs go to OUT-0, OUT-1, ... (rewritten each round), so that they can be compared.
 */
public final class AlternatingRuns {
    private AlternatingRuns() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AlternatingRuns JAR[,JAR...] FOLDER ROUNDS OUT [JOBS]");
            System.exit(2);
        }
        String[] jars = args[0].split(",");
        String folder = args[1];
        int rounds = Integer.parseInt(args[2]);
        String out = args[3];
        String jobs = args.length > 4 ? args[4] : "1";
        Object[] commandLines = new Object[jars.length];
        Method[] execute = new Method[jars.length];
        for (int v = 0; v < jars.length; v++) {
            // the platform loader as parent: each jar brings its own bitext, ICU and picocli classes
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jars[v]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Method commandLine = loader.loadClass("org.bitext.cli.Main").getDeclaredMethod("commandLine");
            commandLine.setAccessible(true);
            Object cli = commandLine.invoke(null);
            cli.getClass().getMethod("setOut", PrintWriter.class).invoke(cli, new PrintWriter(Writer.nullWriter()));
            cli.getClass().getMethod("setErr", PrintWriter.class).invoke(cli, new PrintWriter(Writer.nullWriter()));
            commandLines[v] = cli;
            execute[v] = cli.getClass().getMethod("execute", String[].class);
        }
        double[][] seconds = new double[jars.length][rounds];
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %2d:", r));
            for (int k = 0; k < jars.length; k++) {
                int v = (r + k) % jars.length;  // who goes first changes every round
                Path target = Path.of(out + "-" + v);
                deleteTree(target);
                long start = System.nanoTime();
                Object code = execute[v].invoke(commandLines[v],
                        (Object) new String[] {"align", folder, "-o", target.toString(), "--jobs", jobs, "--quiet"});
                seconds[v][r] = (System.nanoTime() - start) / 1e9;
                line.append(String.format(Locale.ROOT, "  jar %d %.2f s", v, seconds[v][r]));
                if (!Integer.valueOf(0).equals(code)) {
                    line.append(" (exit ").append(code).append(')');
                }
            }
            System.out.println(line);
        }
        int from = Math.min(2, rounds - 1);
        for (int v = 0; v < jars.length; v++) {
            double[] kept = Arrays.copyOfRange(seconds[v], from, rounds);
            Arrays.sort(kept);
            System.out.printf(Locale.ROOT, "jar %d %s: median %.3f s, min %.3f s (rounds %d-%d)%n", v, jars[v],
                    kept[kept.length / 2], kept[0], from, rounds - 1);
            if (v > 0) {
                double[] ratio = new double[rounds - from];
                for (int r = from; r < rounds; r++) {
                    ratio[r - from] = seconds[v][r] / seconds[0][r];
                }
                Arrays.sort(ratio);
                System.out.printf(Locale.ROOT, "  jar %d / jar 0 per round: median %.3f (from %.3f to %.3f)%n", v,
                        ratio[ratio.length / 2], ratio[0], ratio[ratio.length - 1]);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
