package org.bitext.io;

import java.nio.file.Path;

/**
 * Turns an output stem (from an input file name) into a path that stays inside the output folder.
 *
 * <p>Rules for {@link #safeStem}:
 * <ol>
 *   <li>path separators ({@code /} and {@code \}), NUL, other C0 controls and DEL become {@code _}:
 *       a stem is one file name, never a path (a newline in a name is legal on Linux but breaks
 *       every line-based tool that lists the outputs);</li>
 *   <li>a stem that is empty, or made only of dots ({@code .}, {@code ..}: from inputs such as
 *       {@code ..txt}), gets a leading {@code _};</li>
 *   <li>a leading dot becomes {@code _} too, so no output is hidden and none can collide with
 *       the temporary files of {@link AtomicFile} ({@code .NAME.*.tmp});</li>
 *   <li>a stem longer than {@value #MAX_STEM_BYTES} UTF-8 bytes is shortened (file names are
 *       limited to 255 bytes and an extension must still fit), never inside a surrogate pair.</li>
 * </ol>
 * {@link #resolve} applies the rules, adds the extension, and checks that the result is a direct
 * child of the folder.
 */
public final class OutputPaths {
    static final int MAX_STEM_BYTES = 200;

    private OutputPaths() {
    }

    /** {@code stem} made safe to use as one file name; see the class rules. */
    public static String safeStem(String stem) {
        StringBuilder sb = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            sb.append(c == '/' || c == '\\' || c < 0x20 || c == 0x7F ? '_' : c);
        }
        if (sb.chars().allMatch(c -> c == '.')) {
            sb.insert(0, '_');
        }
        if (sb.charAt(0) == '.') {
            sb.setCharAt(0, '_');
        }
        int bytes = 0;
        for (int i = 0; i < sb.length(); i++) {
            int cp = sb.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_STEM_BYTES) {
                sb.setLength(i);
                break;
            }
            bytes += size;
            i += Character.charCount(cp) - 1;
        }
        return sb.toString();
    }

    /**
     * {@code folder/safeStem(stem) + extension}, checked to be a direct child of {@code folder}.
     *
     * @param extension such as {@code .tmx}
     */
    public static Path resolve(Path folder, String stem, String extension) {
        Path base = folder.toAbsolutePath().normalize();
        Path out = base.resolve(safeStem(stem) + extension).normalize();
        if (!base.equals(out.getParent())) {
            throw new IllegalArgumentException("output name escapes the output folder: " + stem + extension);
        }
        return folder.resolve(out.getFileName());
    }
}
