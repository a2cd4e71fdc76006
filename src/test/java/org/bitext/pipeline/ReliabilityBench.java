package org.bitext.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.bitext.align.SentenceAligner;
import org.bitext.io.InputUnit;
import org.bitext.io.TextDecoder;
import org.bitext.model.Alignment;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.SentenceSegmenter;
import org.bitext.text.lang.NgramLanguageIdentifier;

/**
 * Not a test: times reading and aligning one large file, in one piece or in chunks.
 * Usage (see bench/reliability/README.md):
 * {@code java -cp ... org.bitext.pipeline.ReliabilityBench FILE chunked|whole}
 */
public final class ReliabilityBench {
    private ReliabilityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean chunked = args.length < 2 || args[1].equals("chunked");
        long t0 = System.nanoTime();
        DocumentPreparer preparer = new DocumentPreparer(new TextDecoder(Optional.empty()),
                new ParagraphSplitter(NgramLanguageIdentifier.standard()), new SentenceSegmenter(),
                LanguagePair.englishArabic());
        PreparedDocument doc = preparer.prepare(new InputUnit.Single("bench", file));
        long t1 = System.nanoTime();
        SentenceAligner aligner = new SentenceAligner();
        Alignment alignment = chunked
                ? new ChunkedAligner(aligner).align(doc.sourceInput(), doc.targetInput(), null)
                : aligner.align(doc.sourceInput(), doc.targetInput(), null);
        long t2 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.println(String.format(Locale.ROOT,
                "%s: %d + %d sentences, prepare %.1f s, align (%s) %.1f s, %d beads, heap used %d MB",
                file.getFileName(), doc.source().size(), doc.target().size(), (t1 - t0) / 1e9,
                chunked ? "chunked" : "whole", (t2 - t1) / 1e9, alignment.beads().size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20));
    }
}
