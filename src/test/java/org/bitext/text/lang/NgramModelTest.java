package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.lang.UScript;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramModelTest {
    private static final long A = 'a';
    private static final long AB = 'a' << 16 | 'b';

    /** Two Latin languages; counts above 127 need several varint bytes; one count is zero. */
    private static List<NgramModel.Counts> counts() {
        return List.of(new NgramModel.Counts("Latn", List.of("en", "fr"),
                new long[][] {{1000, 900, 0, 0}, {800, 700, 0, 0}},
                new long[] {A, AB}, new int[] {300, 0, 20_000, 5}));
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NgramModel.write(counts(), out);
        return out.toByteArray();
    }

    @Test
    void aModelReadBackScoresLikeTheModelWritten() throws IOException {
        NgramModel.Group direct = new NgramModel(counts()).groupOrNull(UScript.LATIN);
        NgramModel.Group read = NgramModel.read(new ByteArrayInputStream(written())).groupOrNull(UScript.LATIN);
        assertArrayEquals(direct.languages, read.languages);
        for (String text : List.of("ab", "aaa bab", "abba ab a")) {
            double[] expected = new double[2];
            double[] actual = new double[2];
            direct.score(text, expected);
            read.score(text, actual);
            assertArrayEquals(expected, actual, text);
        }
    }

    @Test
    void anUnseenNgramAddsNothingBeyondTheUnseenProbability() {
        NgramModel.Group group = new NgramModel(counts()).groupOrNull(UScript.LATIN);
        double[] withB = new double[2];
        double[] withC = new double[2];
        group.score("b", withB);  // "b" alone is in no table
        group.score("c", withC);
        assertArrayEquals(withB, withC);
    }

    @Test
    void aTruncatedModelIsAnIoError() throws IOException {
        byte[] bytes = written();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
        IOException e = assertThrows(IOException.class, () -> NgramModel.read(new ByteArrayInputStream(cut)));
        assertEquals("language model truncated or damaged", e.getMessage());
    }

    @Test
    void anotherFileIsNotAModel() {
        byte[] other = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThrows(IOException.class, () -> NgramModel.read(new ByteArrayInputStream(other)));
    }
}
