package org.bitext.align;

/**
 * What the cost model knows of one sentence, computed once before alignment. Arrays rather
 * than lists because the dynamic program reads them in its inner loop; nothing writes them
 * after construction.
 *
 * @param length         letters and digits (not spaces), the unit of the length model
 * @param paragraph      index of the paragraph the sentence comes from
 * @param paragraphStart true for the first sentence of a paragraph (a soft anchor)
 * @param numbers        hashes of the normalised numbers in the sentence, sorted
 * @param punctuation    counts per {@link Punctuation} class
 * @param words          ids of the sentence's {@link SharedWords}, sorted and distinct
 */
record SentenceFeatures(int length, int paragraph, boolean paragraphStart, long[] numbers, int[] words,
                        int[] punctuation) {
}
