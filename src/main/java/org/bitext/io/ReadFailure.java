package org.bitext.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The one-line message for a file that could not be read, naming the file once and saying why:
 * the JDK's file exceptions carry only the path as their message ({@code /data/a.txt}), which
 * printed alone tells a user nothing.
 */
public final class ReadFailure {
    private ReadFailure() {
    }

    /** {@code FILE: reason}, the file taken from the exception when it names one. */
    public static String describe(IOException e) {
        return describe(e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : null, e);
    }

    /** {@code FILE: reason} for {@code file} (may be null when unknown). */
    public static String describe(Path file, IOException e) {
        String reason = reason(e);
        if (e instanceof TextDecoder.DecodingException) {
            return e.getMessage();  // FILE:LINE: byte N: reason already
        }
        if (file == null) {
            return reason;
        }
        String name = file.toString();
        return reason.startsWith(name) ? reason : name + ": " + reason;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? lowerFirst(fs.getReason()) : "cannot read";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "cannot read (" + e.getClass().getSimpleName() + ")"
                : lowerFirst(message);
    }

    /** "Is a directory" as "is a directory", to follow "FILE: " as the tool's other reasons do. */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
