package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bitext.names.NameSignature.FoldedWord;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {
    /**
     * The thread's cache gives each word its own fold whatever it holds: far more words than it
     * has places, each asked for three times in a shuffled order, so that sets fill, words are
     * replaced and found again, and two words of one set take turns.
     */
    @Test
    void aWordGetsItsOwnFoldWhateverTheCacheHolds() {
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        Random random = new Random(5);
        List<String> words = new ArrayList<>();
        for (int n = 0; n < (1 << FoldedWords.Folder.BITS) + 20_000; n++) {
            StringBuilder w = new StringBuilder();
            int length = 2 + random.nextInt(FoldedWords.Folder.MAX_WORD - 1);
            for (int k = 0; k < length; k++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        List<String> asked = new ArrayList<>(words);
        asked.addAll(words);
        asked.addAll(words.subList(0, 5_000));
        asked.addAll(words.subList(0, 5_000));
        Collections.shuffle(asked, random);
        FoldedWords.Folder folder = new FoldedWords().forThisThread();
        for (String word : asked) {
            char[] chars = word.toCharArray();
            FoldedWord folded = folder.fold(chars, 0, chars.length, word.hashCode());
            assertEquals(FoldedWord.of(word).alone(0), folded.alone(0), word);
        }
    }
}
