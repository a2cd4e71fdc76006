package org.bitext.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.bitext.io.InputCollector;
import org.bitext.io.InputUnit;
import org.bitext.output.HtmlReviewSettings;
import org.bitext.pipeline.AlignmentPipeline;
import org.bitext.pipeline.BatchReport;
import org.bitext.pipeline.FolderSink;
import org.bitext.pipeline.LanguagePair;
import org.bitext.pipeline.NameSpelling;
import org.bitext.pipeline.OutputFormat;
import org.bitext.pipeline.OutputSettings;
import org.bitext.pipeline.ScoreThreshold;
import org.bitext.text.lang.NgramLanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The pipeline on Beam's DirectRunner gives, document by document, the bytes that
 * {@code bitext align} (the core's {@link AlignmentPipeline}) writes for the same inputs.
 */
class BeamAlignTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "docs");
    private static final Path NTREX = Path.of("..", "..", "shared", "corpora", "ar-en-docs-dev", "ntrex", "docs");
    private static final Pattern JSON_DOC = Pattern.compile("^\\{\"doc\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void fixturesAlignAsTheCliDoes(@TempDir Path dir) throws IOException {
        Path beam = dir.resolve("beam");
        runBeam("--input=" + FIXTURES, "--output=" + beam, "--numShards=2");
        Path cli = dir.resolve("cli");
        BatchReport report = runCli(List.of(FIXTURES), cli, "src,tgt,score");

        // default columns carry no document name: the same rows, in any order of documents
        assertEquals(sorted(cliFiles(cli, ".tsv")), sorted(shards(beam, "corpus", ".tsv")));
        assertEquals(byDocument(cliFiles(cli, ".jsonl"), BeamAlignTest::jsonDoc),
                byDocument(shards(beam, "corpus", ".jsonl"), BeamAlignTest::jsonDoc));
        assertEquals(report.aligned(), byDocument(shards(beam, "corpus", ".jsonl"), BeamAlignTest::jsonDoc).size());
        assertEquals(tmxUnits(cli), tmxUnits(beam));

        String summary = Files.readString(beam.resolve("summary.tsv"));
        assertTrue(summary.contains("units\ttotal\t4\n"), summary);
        assertTrue(summary.contains("units\taligned\t2\n"), summary);
        assertTrue(summary.contains("sentences\ten\t12\n"), summary);
        assertTrue(summary.contains("beads\t1-1\t10\n"), summary);
        assertTrue(summary.contains("lexicon\ttraining pairs\t10\n"), summary);
        assertTrue(summary.contains("monolingual\tnotice\t-\n"), summary);
    }

    @Test
    void aMinimumScoreKeepsTheSamePairsAsTheCli(@TempDir Path dir) throws IOException {
        Path beam = dir.resolve("beam");
        runBeam("--input=" + FIXTURES, "--output=" + beam, "--numShards=1", "--minScore=0.999");
        Path cli = dir.resolve("cli");
        BatchReport report = runCli(List.of(FIXTURES), cli, "src,tgt,score", new ScoreThreshold(0.999));
        assertTrue(report.belowMinScore() > 0, "the fixtures have no pair under 0.999 to leave out");
        assertEquals(sorted(cliFiles(cli, ".tsv")), sorted(shards(beam, "corpus", ".tsv")));
        assertTrue(shards(beam, "corpus", ".tsv").stream()
                .allMatch(row -> Double.parseDouble(row.substring(row.lastIndexOf('\t') + 1)) >= 0.999));
    }

    /** As the CLI warns: a pair whose two languages look unrelated is named in the summary. */
    @Test
    void aPairOfUnrelatedArticlesIsWarnedAboutInTheSummary(@TempDir Path dir) throws IOException {
        // the Arabic half of the bilingual seed, paired with another seed's English article on the same event
        StringBuilder arabic = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("..", "seeds", "003_55dfabf2635491b5.txt"))) {
            if (line.chars().filter(ch -> ch >= 0x0600 && ch <= 0x06FF).count() * 2 > line.length()) {
                arabic.append(line).append("\n\n");
            }
        }
        Path arabicFile = Files.writeString(dir.resolve("qaim.ar.txt"), arabic);
        Path english = Path.of("..", "seeds", "001_db881905ab908f21.txt").toAbsolutePath().normalize();
        Path manifest = Files.writeString(dir.resolve("manifest.tsv"), english + "\t" + arabicFile + "\n");
        Path out = dir.resolve("out");
        runBeam("--manifest=" + manifest, "--output=" + out);
        String summary = Files.readString(out.resolve("summary.tsv"));
        assertTrue(summary.contains("warning\t" + english + " + " + arabicFile + ": the two languages look unrelated"),
                summary);
    }

    /** The dead letters: a binary file, a missing file and a bad manifest line are named; the rest is aligned. */
    @Test
    void unreadableInputsGoToTheDeadLettersAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.tsv");
        Path docs = FIXTURES.toAbsolutePath();
        Files.writeString(manifest, String.join("\n", "# fixtures",
                docs.resolve("broken.txt").toString(),
                docs.resolve("harbour.txt").toString(),
                "missing.txt",
                "a\tb\tc",
                docs.resolve("library.en.txt") + "\t" + docs.resolve("library.ar.txt")) + "\n");
        Path out = dir.resolve("out");
        runBeam("--manifest=" + manifest, "--output=" + out);

        List<String> failures = shards(out, "failures", ".tsv").stream().sorted().toList();
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.startsWith(docs.resolve("broken.txt") + "\tlearning\t")
                && f.contains("binary file")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.contains("missing.txt") && f.contains("\tinput\t")),
                failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.contains(manifest + ":5: expected a path")), failures.toString());
        assertEquals(List.of("harbour", "library"),
                List.copyOf(byDocument(shards(out, "corpus", ".jsonl"), BeamAlignTest::jsonDoc).keySet()));
        String summary = Files.readString(out.resolve("summary.tsv"));
        assertTrue(summary.contains("units\tfailed\t3\n"), summary);
        assertTrue(summary.contains("binary file"), summary);
    }

    /** Documents named by URI are read through Beam's file systems (here file://) and align as local ones. */
    @Test
    void documentsNamedByUriAlignAsLocalOnes(@TempDir Path dir) throws IOException {
        Path docs = FIXTURES.toAbsolutePath();
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, String.join("\n", docs.resolve("harbour.txt").toUri().toString(),
                docs.resolve("library.en.txt").toUri() + "\t" + docs.resolve("library.ar.txt").toUri(),
                "file:///nowhere/lost.txt") + "\n");
        Path beam = dir.resolve("beam");
        runBeam("--manifest=" + manifest, "--output=" + beam, "--tsvColumns=doc,src,tgt,score");
        Path cli = dir.resolve("cli");
        runCli(List.of(docs.resolve("harbour.txt"), docs.resolve("library.en.txt"), docs.resolve("library.ar.txt")),
                cli, "doc,src,tgt,score");
        assertEquals(byDocument(cliFiles(cli, ".tsv"), BeamAlignTest::tsvDoc),
                byDocument(shards(beam, "corpus", ".tsv"), BeamAlignTest::tsvDoc));
        assertEquals(sorted(lines(cli, name -> name.endsWith(".tmx")).stream().filter(l -> l.contains("x-source"))
                .toList()), sorted(shards(beam, "corpus", ".tmx").stream().filter(l -> l.contains("x-source")).toList()));
        List<String> failures = shards(beam, "failures", ".tsv");
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("file:///nowhere/lost.txt\tlearning\tfile:///nowhere/lost.txt: cannot read (NoSuchFile)",
                failures.get(0));
    }

    /** The development corpus, when it is there: every document's TSV and JSONL lines as the CLI writes them. */
    @Test
    void ntrexAlignsAsTheCliDoes(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(NTREX), "no development corpus at " + NTREX);
        Path manifest = dir.resolve("ntrex.tsv");
        List<String> lines = new ArrayList<>();
        for (InputUnit unit : new InputCollector(List.of()).collect(List.of(NTREX)).units()) {
            lines.add(String.join("\t", unit.files().stream().map(p -> p.toAbsolutePath().toString()).toList()));
        }
        Files.write(manifest, lines);
        Path beam = dir.resolve("beam");
        String columns = "doc,para,type,src,tgt,score";
        runBeam("--manifest=" + manifest, "--output=" + beam, "--numShards=3", "--tsvColumns=" + columns);
        Path cli = dir.resolve("cli");
        BatchReport report = runCli(List.of(NTREX), cli, columns);

        Map<String, List<String>> cliTsv = byDocument(cliFiles(cli, ".tsv"), BeamAlignTest::tsvDoc);
        assertEquals(report.aligned(), cliTsv.size());
        assertEquals(cliTsv, byDocument(shards(beam, "corpus", ".tsv"), BeamAlignTest::tsvDoc));
        assertEquals(byDocument(cliFiles(cli, ".jsonl"), BeamAlignTest::jsonDoc),
                byDocument(shards(beam, "corpus", ".jsonl"), BeamAlignTest::jsonDoc));
        assertEquals(tmxUnits(cli), tmxUnits(beam));
        assertTrue(Files.readString(beam.resolve("summary.tsv"))
                .contains("lexicon\ttraining pairs\t" + report.lexiconPairs() + "\n"));
    }

    private static void runBeam(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--runner=DirectRunner");
        BeamAlignOptions options = PipelineOptionsFactory.fromArgs(all.toArray(String[]::new)).withValidation()
                .as(BeamAlignOptions.class);
        assertEquals(PipelineResult.State.DONE, BeamAlign.run(options));
    }

    /** {@code bitext align INPUTS -o OUT --format tsv,jsonl,tmx --columns COLUMNS}, through the library. */
    private static BatchReport runCli(List<Path> inputs, Path out, String columns) throws IOException {
        return runCli(inputs, out, columns, ScoreThreshold.none());
    }

    /** {@link #runCli(List, Path, String)} with {@code --min-score}. */
    private static BatchReport runCli(List<Path> inputs, Path out, String columns, ScoreThreshold threshold)
            throws IOException {
        Files.createDirectories(out);
        AlignSettings settings = new AlignSettings("en", "ar", null, false, columns, null, AlignSettings.coreVersion());
        OutputSettings output = new OutputSettings(EnumSet.of(OutputFormat.TSV, OutputFormat.JSONL, OutputFormat.TMX),
                settings.tmx(), settings.tsv(), HtmlReviewSettings.of("en", "ar"));
        return new AlignmentPipeline(LanguagePair.englishArabic(), Optional.empty(), NgramLanguageIdentifier.standard(),
                NameSpelling.canonical(), List.of(), threshold)
                .run(inputs, List.of(out), new FolderSink(out, output, false), line -> { });
    }

    /** The lines of the CLI's per-document files, documents in name order. */
    private static List<String> cliFiles(Path folder, String suffix) throws IOException {
        return lines(folder, name -> name.endsWith(suffix));
    }

    /** The lines of a Beam output's shards, shards in name order. */
    private static List<String> shards(Path folder, String prefix, String suffix) throws IOException {
        return lines(folder, name -> name.startsWith(prefix + "-") && name.endsWith(suffix));
    }

    private static List<String> lines(Path folder, java.util.function.Predicate<String> named) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> named.test(p.getFileName().toString())).sorted().toList()) {
                out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Lines grouped by document, each document's lines in their order; fails if a document is split. */
    private static Map<String, List<String>> byDocument(List<String> lines, Function<String, String> doc) {
        Map<String, List<String>> out = new TreeMap<>();
        String current = null;
        for (String line : lines) {
            String d = doc.apply(line);
            if (!d.equals(current)) {
                assertFalse(out.containsKey(d), "the lines of " + d + " are not together");
                current = d;
            }
            out.computeIfAbsent(d, k -> new ArrayList<>()).add(line);
        }
        return out;
    }

    private static String jsonDoc(String line) {
        Matcher m = JSON_DOC.matcher(line);
        assertTrue(m.find(), line);
        return m.group(1);
    }

    private static String tsvDoc(String line) {
        return line.substring(0, line.indexOf('\t'));
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** Units by document (x-document) over every TMX file of a folder, each file parsed as XML. */
    private static Map<String, Integer> tmxUnits(Path folder) throws IOException {
        Map<String, Integer> units = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tmx")).sorted().toList()) {
                try {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                    org.w3c.dom.NodeList props = factory.newDocumentBuilder()
                            .parse(new InputSource(new StringReader(Files.readString(f)))).getElementsByTagName("prop");
                    for (int k = 0; k < props.getLength(); k++) {
                        org.w3c.dom.Element prop = (org.w3c.dom.Element) props.item(k);
                        if (prop.getAttribute("type").equals("x-document")) {
                            units.merge(prop.getTextContent(), 1, Integer::sum);
                        }
                    }
                } catch (Exception e) {
                    throw new AssertionError(f + " is not a well-formed TMX file: " + e.getMessage(), e);
                }
            }
        }
        return new TreeMap<>(units);
    }
}
