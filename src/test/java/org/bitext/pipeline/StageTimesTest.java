package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bitext.model.AlignedDocument;
import org.bitext.pipeline.StageTimes.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageTimesTest {
    @TempDir
    Path dir;

    @Test
    void switchedOffRecordsNothing() {
        StageTimes off = StageTimes.off();
        assertFalse(off.enabled());
        assertEquals(0, off.start());
        off.stop(Stage.DECODE, 0);
        assertTrue(off.totals().values().stream().allMatch(n -> n == 0L));
    }

    @Test
    void stopAddsTheElapsedTimeToItsStageOnly() throws InterruptedException {
        StageTimes on = StageTimes.on();
        long mark = on.start();
        Thread.sleep(5);
        long next = on.stop(Stage.WRITING, mark);
        assertTrue(next >= mark);
        Map<Stage, Long> totals = on.totals();
        assertTrue(totals.get(Stage.WRITING) >= 5_000_000L, totals.toString());
        assertEquals(0L, totals.get(Stage.DECODE));
    }

    @Test
    void reportHasOneLinePerStageWithSecondsAndShareOfWallTime() {
        Map<Stage, Long> totals = new EnumMap<>(Stage.class);
        totals.put(Stage.DECODE, 250_000_000L);
        totals.put(Stage.SECOND_PASS, 1_500_000_000L);
        List<String> lines = StageTimes.report(totals, 2_000_000_000L, 1);
        assertEquals(Stage.values().length + 2, lines.size(), lines.toString());
        assertEquals("timings (seconds, share of wall time):", lines.get(0));
        assertEquals("  decode                     0.250   12.5 %", lines.get(1));
        assertEquals("  second-pass alignment      1.500   75.0 %", lines.get(1 + Stage.SECOND_PASS.ordinal()));
        assertEquals("  writing                    0.000    0.0 %", lines.get(Stage.values().length));
        assertEquals("  wall                       2.000", lines.get(lines.size() - 1));
    }

    @Test
    void reportSaysStagesAreSummedOverJobs() {
        assertTrue(StageTimes.report(Map.of(), 0, 2).get(0).contains("summed over 2 jobs"));
    }

    @Test
    void reportUsesAsciiDigitsUnderAnArabicLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            String line = StageTimes.report(Map.of(Stage.DECODE, 1_000_000_000L), 4_000_000_000L, 1).get(1);
            assertTrue(line.contains("1.000") && line.contains("25.0 %"), line);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aRunRecordsEveryStageOfABilingualDocument() throws Exception {
        Files.writeString(dir.resolve("doc.txt"), """
                The army left the base on Monday.

                Five hundred soldiers were there in 2019.

                غادر الجيش القاعدة يوم الاثنين.

                كان هناك خمسمائة جندي في عام ٢٠١٩.
                """, StandardCharsets.UTF_8);
        StageTimes times = StageTimes.on();
        List<String> written = new ArrayList<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(AlignedDocument document) {
                written.add(document.stem());
            }

            @Override
            public void close() {
            }
        };
        new AlignmentPipeline().run(List.of(dir), List.of(), sink, w -> { },
                BatchOptions.sequential().withTimings(times));
        assertEquals(List.of("doc"), written);
        Map<Stage, Long> totals = times.totals();
        for (Stage stage : List.of(Stage.DECODE, Stage.PARAGRAPHS, Stage.SEGMENTATION, Stage.FIRST_PASS,
                Stage.LEXICON, Stage.SECOND_PASS, Stage.WRITING)) {
            assertTrue(totals.get(stage) > 0, stage + " " + totals);
        }
    }
}
