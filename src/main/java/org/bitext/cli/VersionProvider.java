package org.bitext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version from {@code version.properties}, filtered by Maven from the POM, so it is written
 * once and is the same in the jar and in tests.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"bitext " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/bitext/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
