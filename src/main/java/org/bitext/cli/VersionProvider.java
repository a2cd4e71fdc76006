package org.bitext.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), so it is never written twice. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bitext " + (version == null ? "development" : version)};
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
