package org.bitext.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;

/**
 * Writes one self-contained HTML page for reviewing a batch: every bead as a table row with
 * the source and target side by side, coloured by score, insertions and deletions (1-0, 0-1)
 * marked; a score threshold slider that hides rows below it and says how many remain; counts
 * by bead type per document; and a histogram of scores as inline SVG.
 *
 * <p>Rules:
 * <ul>
 *   <li>Nothing is loaded from elsewhere: CSS, script and SVG are inline, so the file works
 *       offline and can be mailed around.</li>
 *   <li>Every text is escaped ({@link XmlText}); cells carry {@code lang} and {@code dir}
 *       ({@code rtl} for Arabic and other right-to-left languages), so the browser shapes and
 *       orders them correctly.</li>
 *   <li>Streaming: rows are written as documents arrive; the summary (which needs the whole
 *       batch) is written last and placed above the table by CSS ({@code order}), so memory
 *       holds counts only.</li>
 *   <li>Deterministic: no date, no random ids; numbers in {@link Locale#ROOT}.</li>
 * </ul>
 */
public final class HtmlReviewWriter extends StreamingCorpusWriter {
    /** Score bands of 0.1; the histogram has one bar per band and rows take its colour. */
    static final int BANDS = 10;

    private static final String SCRIPT = """
            (function () {
              var slider = document.getElementById('threshold');
              var value = document.getElementById('threshold-value');
              var count = document.getElementById('visible-count');
              var rows = document.querySelectorAll('#beads tbody tr');
              function update() {
                var t = parseFloat(slider.value);
                var visible = 0;
                for (var i = 0; i < rows.length; i++) {
                  var keep = parseFloat(rows[i].getAttribute('data-score')) >= t;
                  rows[i].hidden = !keep;
                  if (keep) { visible++; }
                }
                value.textContent = t.toFixed(2);
                count.textContent = visible + ' of ' + rows.length + ' rows shown';
              }
              slider.addEventListener('input', update);
              slider.addEventListener('change', update);
              update();
            })();
            """;

    private final Writer out;
    private final HtmlReviewSettings settings;
    private final String sourceDir;
    private final String targetDir;
    private final Map<String, Map<String, Long>> typesByDocument = new LinkedHashMap<>();
    private final long[] histogram = new long[BANDS];
    private long rows;

    public HtmlReviewWriter(Writer out, HtmlReviewSettings settings) {
        this.out = Objects.requireNonNull(out, "out");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sourceDir = HtmlReviewSettings.direction(settings.sourceLanguage());
        this.targetDir = HtmlReviewSettings.direction(settings.targetLanguage());
    }

    /** The score band of a score in [0, 1]: 0 for [0, 0.1), ..., 9 for [0.9, 1]. */
    static int band(double score) {
        return Math.max(0, Math.min(BANDS - 1, (int) Math.floor(score * BANDS)));
    }

    @Override
    void writeHeader() throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<title>").append(XmlText.content(settings.title())).append("</title>\n");
        b.append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(XmlText.content(settings.title())).append("</h1>\n");
        b.append("<div class=\"controls\"><label for=\"threshold\">Minimum score</label> ");
        b.append("<input type=\"range\" id=\"threshold\" min=\"0\" max=\"1\" step=\"0.01\" value=\"0\"> ");
        b.append("<output id=\"threshold-value\" for=\"threshold\">0.00</output> ");
        b.append("<span id=\"visible-count\"></span></div>\n</header>\n");
        b.append("<main>\n<table id=\"beads\">\n<thead><tr><th class=\"n\">#</th><th class=\"doc\">document</th>"
                + "<th class=\"type\">bead</th><th class=\"score\">score</th>");
        b.append("<th class=\"src\">").append(XmlText.content(settings.sourceLanguage())).append("</th>");
        b.append("<th class=\"tgt\">").append(XmlText.content(settings.targetLanguage())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        out.write(b.toString());
    }

    @Override
    long writeDocument(AlignedDocument document) throws IOException {
        Map<String, Long> types = typesByDocument.computeIfAbsent(document.stem(), k -> new TreeMap<>());
        String doc = XmlText.content(document.stem());
        StringBuilder b = new StringBuilder();
        long written = 0;
        for (Bead bead : document.alignment().beads()) {
            String score = formatScore(bead.score());
            int band = band(bead.score());
            histogram[band]++;
            types.merge(bead.type(), 1L, Long::sum);
            rows++;
            written++;
            b.setLength(0);
            b.append("<tr class=\"q").append(band).append(bead.isLink() ? "" : " unpaired")
                    .append("\" data-score=\"").append(score).append("\" data-type=\"").append(bead.type())
                    .append("\">");
            b.append("<td class=\"n\">").append(rows).append("</td>");
            b.append("<td class=\"doc\">").append(doc).append("</td>");
            b.append("<td class=\"type\">").append(bead.type()).append("</td>");
            b.append("<td class=\"score\">").append(score).append("</td>");
            cell(b, "src", settings.sourceLanguage(), sourceDir, document.sourceText(bead));
            cell(b, "tgt", settings.targetLanguage(), targetDir, document.targetText(bead));
            b.append("</tr>\n");
            out.write(b.toString());
        }
        return written;
    }

    @Override
    void writeFooter() throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("</tbody>\n</table>\n</main>\n");
        b.append("<section id=\"summary\">\n");
        b.append("<p class=\"totals\">").append(rows).append(" beads from ").append(typesByDocument.size())
                .append(typesByDocument.size() == 1 ? " document" : " documents").append("</p>\n");
        b.append("<div class=\"panels\">\n");
        documentCounts(b);
        histogram(b);
        b.append("</div>\n</section>\n");
        b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(b.toString());
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    private static void cell(StringBuilder b, String kind, String language, String dir, String text) {
        b.append("<td class=\"").append(kind).append(text.isEmpty() ? " missing" : "").append("\" lang=\"")
                .append(XmlText.attribute(language)).append("\" dir=\"").append(dir).append("\">")
                .append(XmlText.content(text)).append("</td>");
    }

    /** One row per document, one column per bead type found in the batch. */
    private void documentCounts(StringBuilder b) {
        TreeSet<String> allTypes = new TreeSet<>(TYPE_ORDER);
        typesByDocument.values().forEach(m -> allTypes.addAll(m.keySet()));
        b.append("<table id=\"documents\">\n<thead><tr><th>document</th><th>beads</th>");
        for (String type : allTypes) {
            b.append("<th>").append(type).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<String, Long>> e : typesByDocument.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            b.append("<tr><td class=\"doc\">").append(XmlText.content(e.getKey())).append("</td><td>")
                    .append(total).append("</td>");
            for (String type : allTypes) {
                b.append("<td>").append(e.getValue().getOrDefault(type, 0L)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** Bead types with both sides first (1-1, then by size), then insertions and deletions. */
    static final Comparator<String> TYPE_ORDER = Comparator
            .comparing((String type) -> type.startsWith("0-") || type.endsWith("-0"))
            .thenComparingInt(type -> sides(type).stream().mapToInt(Integer::intValue).sum())
            .thenComparing(Comparator.naturalOrder());

    private static List<Integer> sides(String type) {
        List<Integer> counts = new ArrayList<>();
        for (String part : type.split("-")) {
            counts.add(Integer.parseInt(part));
        }
        return counts;
    }

    /** Bars of the score bands, scaled to the fullest, with counts above and band labels below. */
    private void histogram(StringBuilder b) {
        int barWidth = 36;
        int gap = 6;
        int chartHeight = 120;
        int top = 18;
        int width = BANDS * (barWidth + gap) + gap;
        int height = top + chartHeight + 22;
        long max = 1;
        for (long count : histogram) {
            max = Math.max(max, count);
        }
        b.append("<figure id=\"histogram\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"histogram of bead scores\">\n");
        for (int k = 0; k < BANDS; k++) {
            int x = gap + k * (barWidth + gap);
            int h = (int) Math.round((double) histogram[k] * chartHeight / max);
            int y = top + chartHeight - h;
            String range = String.format(Locale.ROOT, "%.1f-%.1f", k / (double) BANDS, (k + 1) / (double) BANDS);
            b.append("<rect class=\"q").append(k).append("\" x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"").append(barWidth).append("\" height=\"").append(h).append("\"><title>")
                    .append(range).append(": ").append(histogram[k]).append("</title></rect>\n");
            b.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(y - 4)
                    .append("\" text-anchor=\"middle\">").append(histogram[k]).append("</text>\n");
            b.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(top + chartHeight + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(String.format(Locale.ROOT, "%.1f", k / (double) BANDS)).append("</text>\n");
        }
        b.append("</svg>\n<figcaption>bead scores, in bands of 0.1</figcaption>\n</figure>\n");
    }

    /** Row and bar colours from red (band 0) to green (band 9), light enough to read text on. */
    private static String css() {
        StringBuilder b = new StringBuilder("""
                body { font: 14px/1.4 system-ui, sans-serif; margin: 0 1em; display: flex; flex-direction: column; }
                header { order: 0; position: sticky; top: 0; background: #fff; padding: .5em 0;
                  border-bottom: 1px solid #ccc; z-index: 1; }
                header h1 { font-size: 1.2em; margin: 0 0 .3em; }
                #summary { order: 1; }
                main { order: 2; }
                .panels { display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; }
                table { border-collapse: collapse; }
                th, td { border: 1px solid #ddd; padding: .2em .4em; vertical-align: top; }
                #beads { width: 100%; table-layout: fixed; }
                #beads .n { width: 3.5em; } #beads .doc { width: 9em; overflow-wrap: anywhere; }
                #beads .type { width: 3em; } #beads .score { width: 3.5em; }
                #beads td.src, #beads td.tgt { width: 40%; }
                td[dir="rtl"] { text-align: right; font-size: 1.1em; }
                tr.unpaired td { border-top: 2px dashed #a33; border-bottom: 2px dashed #a33; }
                tr.unpaired td.type { font-weight: bold; color: #a33; }
                td.missing::before { content: "(none)"; color: #999; font-style: italic; }
                #histogram svg text { font-size: 11px; fill: #333; }
                """);
        for (int k = 0; k < BANDS; k++) {
            int hue = Math.round(120f * k / (BANDS - 1));
            b.append(String.format(Locale.ROOT,
                    ".q%d { background-color: hsl(%d, 70%%, 90%%); fill: hsl(%d, 60%%, 55%%); }\n", k, hue, hue));
        }
        return b.toString();
    }
}
