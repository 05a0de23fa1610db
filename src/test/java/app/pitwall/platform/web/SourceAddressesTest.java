package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses are shown in their shortest standard form, and this machine's own are recognised. */
class SourceAddressesTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
        "0:0:0:0:0:0:0:1, ::1",
        "::1, ::1",
        "[::1], ::1",
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "fe80:0:0:0:0:0:0:1%eth0, fe80::1%eth0",
        "0:0:0:0:0:0:0:0, ::",
        "1:0:0:0:0:0:0:0, 1::",
        "0:0:0:0:0:ffff:c0a8:101, 192.168.1.1",
        "::ffff:192.168.1.1, 192.168.1.1",
        "127.0.0.1, 127.0.0.1",
        "203.0.113.9, 203.0.113.9",
        "localhost, localhost",
        "1:2:3:4:5:6:7:8:9, 1:2:3:4:5:6:7:8:9",
        "1::2::3, 1::2::3",
        "300.1.1.1, 300.1.1.1"
    })
    void addressesTakeTheirShortestStandardForm(String raw, String shown) {
        assertThat(SourceAddresses.normalised(raw)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "0:0:0:0:0:0:0:1, true",
        "::1, true",
        "127.0.0.1, true",
        "127.8.9.10, true",
        "::ffff:127.0.0.1, true",
        "0:0:0:0:0:0:0:2, false",
        "10.0.0.1, false",
        "localhost, false",
        "::, false"
    })
    void loopbackAddressesAreThisMachine(String raw, boolean loopback) {
        assertThat(SourceAddresses.loopback(raw)).isEqualTo(loopback);
    }
}
