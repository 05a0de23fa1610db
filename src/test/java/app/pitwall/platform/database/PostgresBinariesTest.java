package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bundled PostgreSQL is chosen by the JVM's os.name and os.arch; each choice's archive is on the class path. */
class PostgresBinariesTest {

    @Test
    void linuxAndMacOnX86AndArmEachGetTheirOwnBinaries() {
        assertThat(PostgresBinaries.of("Linux", "amd64")).isEqualTo(PostgresBinaries.LINUX_X86_64);
        assertThat(PostgresBinaries.of("Linux", "aarch64")).isEqualTo(PostgresBinaries.LINUX_ARM64);
        assertThat(PostgresBinaries.of("Mac OS X", "x86_64")).isEqualTo(PostgresBinaries.MACOS_X86_64);
        assertThat(PostgresBinaries.of("Mac OS X", "aarch64")).isEqualTo(PostgresBinaries.MACOS_ARM64);
        assertThat(PostgresBinaries.of("Darwin", "arm64")).isEqualTo(PostgresBinaries.MACOS_ARM64);
    }

    @Test
    void everyChoiceIsBundled() {
        for (PostgresBinaries binaries : PostgresBinaries.values()) {
            assertThat(getClass().getClassLoader().getResource(binaries.archive()))
                    .as(binaries.archive())
                    .isNotNull();
        }
    }

    @Test
    void aPlatformWithoutBinariesIsRefusedNamingTheSupportedOnesAndTheWayOut() {
        assertThatThrownBy(() -> PostgresBinaries.of("Windows 11", "amd64"))
                .hasMessageContaining("Linux and macOS, x86-64 or ARM64")
                .hasMessageContaining("PITWALL_DB_URL");
        assertThatThrownBy(() -> PostgresBinaries.of("Linux", "ppc64le")).hasMessageContaining("ppc64le");
    }
}
