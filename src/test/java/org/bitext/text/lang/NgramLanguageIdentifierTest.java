package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.bitext.model.LanguageGuess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NgramLanguageIdentifierTest {
    private static final NgramLanguageIdentifier ID = NgramLanguageIdentifier.standard();

    private static void assertLanguage(String expected, String text) {
        LanguageGuess guess = ID.identify(text);
        assertEquals(expected, guess.code(), () -> text + " -> " + guess);
        assertTrue(guess.confidence() >= NgramLanguageIdentifier.MIN_CONFIDENCE, guess::toString);
    }

    /** One sentence per language, written for this test (the same news item in each). */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("en", "The minister said on Tuesday that the new bridge would open "
                        + "before the end of the year."),
                Arguments.of("fr", "Le ministre a déclaré mardi que le nouveau pont ouvrirait "
                        + "avant la fin de l'année."),
                Arguments.of("de", "Der Minister sagte am Dienstag, dass die neue Brücke vor "
                        + "Ende des Jahres eröffnet werde."),
                Arguments.of("es", "El ministro dijo el martes que el nuevo puente se abriría "
                        + "antes de que termine el año."),
                Arguments.of("it", "Il ministro ha detto martedì che il nuovo ponte sarà aperto "
                        + "prima della fine dell'anno."),
                Arguments.of("pt", "O ministro disse na terça-feira que a nova ponte será "
                        + "aberta antes do fim do ano."),
                Arguments.of("nl", "De minister zei dinsdag dat de nieuwe brug voor het einde "
                        + "van het jaar wordt geopend."),
                Arguments.of("tr", "Bakan salı günü yeni köprünün yıl sonundan önce "
                        + "açılacağını söyledi."),
                Arguments.of("az", "Nazir çərşənbə axşamı bildirib ki, yeni körpü ilin sonuna "
                        + "qədər istifadəyə veriləcək."),
                Arguments.of("id", "Menteri mengatakan pada hari Selasa bahwa jembatan baru "
                        + "itu akan dibuka sebelum akhir tahun."),
                Arguments.of("sw", "Waziri alisema Jumanne kwamba daraja jipya litafunguliwa "
                        + "kabla ya mwisho wa mwaka."),
                Arguments.of("so", "Wasiirka ayaa sheegay Talaadadii in buundada cusub la furi "
                        + "doono ka hor dhammaadka sanadka."),
                Arguments.of("ha", "Ministan ya ce a ranar Talata cewa za a bude sabuwar gadar "
                        + "kafin karshen shekara."),
                Arguments.of("ku", "Wezîr roja Sêşemê got ku pira nû dê berî dawiya salê were "
                        + "vekirin."),
                Arguments.of("ru", "Министр заявил во вторник, что новый мост откроют до конца "
                        + "года."),
                Arguments.of("uk", "Міністр заявив у вівторок, що новий міст відкриють до "
                        + "кінця року."),
                Arguments.of("ar", "قال الوزير يوم الثلاثاء إن الجسر الجديد سيفتتح قبل نهاية "
                        + "العام."),
                Arguments.of("fa", "وزیر روز سه‌شنبه گفت که پل جدید پیش از پایان سال گشایش "
                        + "می‌یابد."),
                Arguments.of("ur", "وزیر نے منگل کو کہا کہ نیا پل سال کے آخر سے پہلے کھول دیا "
                        + "جائے گا۔"),
                Arguments.of("ps", "وزیر د سه شنبې په ورځ وویل چې نوی پل به د کال له پای څخه "
                        + "مخکې پرانیستل شي."),
                Arguments.of("ckb", "وەزیر ڕۆژی سێشەممە گوتی کە پردە نوێیەکە پێش کۆتایی ساڵ "
                        + "دەکرێتەوە."),
                Arguments.of("sd", "وزير اڱاري ڏينهن چيو ته نئين پل کي سال جي آخر کان اڳ "
                        + "کوليو ويندو."),
                Arguments.of("ug", "مىنىستىر سەيشەنبە كۈنى يېڭى كۆۋرۈكنىڭ يىل ئاخىرىدىن بۇرۇن "
                        + "ئېچىلىدىغانلىقىنى ئېيتتى."),
                Arguments.of("he", "השר אמר ביום שלישי כי הגשר החדש ייפתח לפני סוף השנה."),
                Arguments.of("el", "Ο υπουργός είπε την Τρίτη ότι η νέα γέφυρα θα ανοίξει πριν "
                        + "από το τέλος του χρόνου."),
                Arguments.of("hi", "मंत्री ने मंगलवार को कहा कि नया पुल साल के अंत से पहले खुल "
                        + "जाएगा।"),
                Arguments.of("bn", "মন্ত্রী মঙ্গলবার বলেছেন যে নতুন সেতুটি বছরের শেষের আগে খুলে "
                        + "দেওয়া হবে।"),
                Arguments.of("zh", "部长周二表示，新桥将在年底前开通。"),
                Arguments.of("ja", "大臣は火曜日、新しい橋は年末までに開通すると述べた。"),
                Arguments.of("ko", "장관은 화요일 새 다리가 연말 전에 개통될 것이라고 말했다."),
                Arguments.of("am", "ሚኒስትሩ ማክሰኞ አዲሱ ድልድይ ከዓመቱ መጨረሻ በፊት እንደሚከፈት "
                        + "ተናግረዋል።"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void identifiesFixtureSentence(String language, String sentence) {
        assertLanguage(language, sentence);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void identifiesFixtureSentenceUnderTurkishAndArabicLocales(String language, String sentence) {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.forLanguageTag("tr"), Locale.forLanguageTag("ar")}) {
                Locale.setDefault(l);
                assertLanguage(language, sentence);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void uniqueScriptDecidesWithoutModel() {
        assertLanguage("he", "שלום");
        assertLanguage("el", "Αθήνα");
        assertLanguage("ko", "서울");
        assertLanguage("am", "ኢትዮጵያ");
    }

    @Test
    void kanaAmongHanMeansJapanese() {
        assertLanguage("ja", "東京で会議が開かれた");
        assertLanguage("zh", "北京举行会议");
    }

    @Test
    void hanOutweighsLatinNamesInside() {
        assertLanguage("zh", "彼得·琼斯（Peter Jones）对这笔交易大为光火");
    }

    @Test
    void ignoresWebAndMailAddresses() {
        assertEquals("und", ID.identify("https://www.example.com/news/world-2019").code());
        assertEquals("und", ID.identify("www.example.org editor@example.com").code());
        assertLanguage("ar", "قال الوزير إن التفاصيل منشورة على https://example.com/report للجميع");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "2019", "1,250.75 - 3", "(12) 34-56", "ok", "!!!"})
    void undeterminedWithoutEnoughLetters(String text) {
        assertEquals(LanguageGuess.undetermined(), ID.identify(text));
    }

    @Test
    void datelineIsEnglishOrUndetermined() {
        for (String dateline : new String[] {"Al-‘Ālam – Iraq", "Baghdad, Iraq", "Reuters",
                                             "By John Smith"}) {
            LanguageGuess g = ID.identify(dateline);
            assertTrue(g.is("en") || g.is("und"), () -> dateline + " -> " + g);
        }
    }

    @Test
    void unmodelledSharedScriptIsUndetermined() {
        // Syriac: a script we have no languages for
        assertEquals("und", ID.identify("ܫܠܡܐ ܥܠܡܐ").code());
    }

    @Test
    void isThreadSafeAcrossThreads() throws InterruptedException {
        String[] texts = {"Le ministre a déclaré mardi que le pont ouvrirait.",
                          "قال الوزير يوم الثلاثاء إن الجسر الجديد سيفتتح."};
        String[] expected = {"fr", "ar"};
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int k = t;
            threads[t] = new Thread(() -> {
                boolean all = true;
                for (int i = 0; i < 200; i++) {
                    all &= ID.identify(texts[(i + k) % 2]).is(expected[(i + k) % 2]);
                }
                ok[k] = all;
            });
            threads[t].start();
        }
        for (int t = 0; t < threads.length; t++) {
            threads[t].join();
            assertTrue(ok[t]);
        }
    }

    /** About 300 letters of English. */
    private static final String ENGLISH = "The minister said on Tuesday that the new bridge would open before the end of "
            + "the year, after two years of delays caused by floods and a dispute over the contract. Residents of "
            + "both banks have waited for a crossing since the old ferry stopped running in the spring. ";
    /** About 250 letters of French. */
    private static final String FRENCH = "Le ministre a déclaré mardi que le nouveau pont ouvrirait avant la fin de "
            + "l'année, après deux ans de retards dus aux inondations et à un litige sur le contrat. Les habitants "
            + "des deux rives attendent une traversée depuis l'arrêt du bac au printemps. ";

    @Test
    void aLongTextIsDecidedBeforeItsEndWithTheWholeTextsAnswer() {
        String text = ENGLISH.repeat(6) + FRENCH;
        LanguageGuess guess = ID.identify(text);
        assertEquals("en", guess.code());
        assertTrue(guess.confidence() > 0.9999, guess::toString);
        NgramModel.Group latin = latin();
        char[] chars = text.toCharArray();
        double[] decided = NgramLanguageIdentifier.scores(latin, chars, NgramLanguageIdentifier.DECISIVE_LEAD,
                NgramLanguageIdentifier.lettersToDecide(text.length()));
        double[] whole = NgramLanguageIdentifier.scores(latin, chars);
        int english = latin.indexOf("en");
        assertTrue(decided[english] > whole[english], "only a part of the text was scored");
    }

    @Test
    void theStartOfALongTextDoesNotDecideAlone() {
        // its first 300 letters lead by far more than the decisive lead, but they are a seventh of it
        String text = ENGLISH + FRENCH.repeat(7);
        assertLanguage("fr", text);
        char[] start = ENGLISH.toCharArray();
        double[] scores = NgramLanguageIdentifier.scores(latin(), start);
        double english = scores[latin().indexOf("en")];
        double french = scores[latin().indexOf("fr")];
        assertTrue(english - french > NgramLanguageIdentifier.DECISIVE_LEAD, english + " vs " + french);
    }

    private static NgramModel.Group latin() {
        return ID.model().groupOrNull(com.ibm.icu.lang.UScript.LATIN);
    }
}
