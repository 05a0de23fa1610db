package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.customers.Vin.VinCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

    private static final Year THIS_YEAR = Year.of(2025);

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352", "5YJSA1E27HF000337"})
    void acceptsNorthAmericanVinsWithTheRightCheckDigit(String vin) {
        VinCheck check = Vin.check(vin, THIS_YEAR);

        assertThat(check.valid()).isTrue();
        assertThat(check.error()).isNull();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.normalized()).isEqualTo(vin);
    }

    @Test
    void refusesANorthAmericanVinWithAWrongCheckDigitNamingBothDigits() {
        VinCheck check = Vin.check("5YJSA1E26HF000337", THIS_YEAR);

        assertThat(check.valid()).isFalse();
        assertThat(check.error()).isEqualTo("VIN check digit is 6 but should be 7");
        assertThat(check.manufacturer()).isNull();
        assertThat(check.modelYear()).isNull();
    }

    @Test
    void namesXWhenTheCheckDigitShouldBeTen() {
        assertThat(Vin.check("1M8GDM9A1KP042788", THIS_YEAR).error()).isEqualTo("VIN check digit is 1 but should be X");
    }

    @Test
    void acceptsAVinFromOutsideNorthAmericaWithAnUnverifiedCheckDigitAndWarns() {
        VinCheck check = Vin.check("WVWZZZ1JZ3W386752", THIS_YEAR);

        assertThat(check.valid()).isTrue();
        assertThat(check.error()).isNull();
        assertThat(check.warnings()).singleElement().asString().contains("outside North America");
        assertThat(check.manufacturer()).isEqualTo("Volkswagen");
        assertThat(check.modelYear()).isEqualTo(2003);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1HGCM8263IA004352", "1HGCM8263OA004352", "1HGCM8263QA004352"})
    void refusesSeventeenCharacterVinsContainingIOrQ(String vin) {
        VinCheck check = Vin.check(vin, THIS_YEAR);

        assertThat(check.valid()).isFalse();
        assertThat(check.error()).isEqualTo("VIN must not contain the letters I, O or Q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "124379R123456", "JZX1000012345", "1234567890123456"})
    void acceptsShorterPre1981IdentifiersWithAWarning(String vin) {
        VinCheck check = Vin.check(vin, THIS_YEAR);

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings())
                .containsExactly("not a 17-character VIN; accepted as a pre-1981 or non-standard identifier");
        assertThat(check.manufacturer()).isNull();
        assertThat(check.modelYear()).isNull();
    }

    @Test
    void normalizesCaseSpacesAndDashes() {
        VinCheck check = Vin.check("  1hg-cm826 33a-004352 ", THIS_YEAR);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("1HGCM82633A004352");
        assertThat(check.manufacturer()).isEqualTo("Honda");
    }

    @Test
    void refusesAVinLongerThanSeventeenCharacters() {
        VinCheck check = Vin.check("1HGCM82633A0043521", THIS_YEAR);

        assertThat(check.valid()).isFalse();
        assertThat(check.error()).isEqualTo("VIN is too long: 18 characters, at most 17 allowed");
    }

    @Test
    void refusesAVinShorterThanFiveCharacters() {
        assertThat(Vin.check("1234", THIS_YEAR).error()).isEqualTo("VIN is too short: 4 characters, at least 5 needed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1HGCM82633A00435#", "1HG.CM826", "ÉHGCM82633A004352"})
    void refusesSymbols(String vin) {
        VinCheck check = Vin.check(vin, THIS_YEAR);

        assertThat(check.valid()).isFalse();
        assertThat(check.error()).isEqualTo("VIN may contain only letters and digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - "})
    void refusesAMissingVin(String vin) {
        VinCheck check = Vin.check(vin, THIS_YEAR);

        assertThat(check.valid()).isFalse();
        assertThat(check.error()).isEqualTo("VIN is required");
    }

    @ParameterizedTest
    @CsvSource({
        "1FTFW1E51PFA12345, Ford",
        "1FMCU9G61MUA12345, Ford",
        "3FADP4BJ5DM123456, Ford",
        "1GCVKREC6EZ123456, Chevrolet",
        "1C4RJFAG6FC123456, Chrysler / Dodge / Jeep",
        "2C3CDXBGXKH123456, Chrysler / Dodge",
        "1J4GR48S75C123456, Jeep",
        "5FNRL6H78LB123456, Honda",
        "JHMCM56557C404453, Honda",
        "2T1BURHE6KC123456, Toyota",
        "4T1BF1FK0CU123456, Toyota",
        "KMHCT4AE3GU123456, Hyundai",
        "KNDJN2A27F7123456, Kia",
        "WBA3A5C50DF123456, BMW",
        "5UXCR6C52KL123456, BMW",
        "WDDGF8AB5EA123456, Mercedes-Benz",
        "3VWDX7AJ6BM123456, Volkswagen",
        "JF1GPAA60CH123456, Subaru",
        "SALWR2RV0JA123456, Land Rover",
        "SAJAA4BN8HA123456, Jaguar",
        "YV1MS382662123456, Volvo",
        "ZFF65LJA9G0123456, Ferrari",
        "WP0AA2A70EL123456, Porsche",
        "5YJSA1E27HF000337, Tesla",
        "3AKJHHDR9JSJ12345, Freightliner",
        "1M8GDM9AXKP042788, Motor Coach Industries"
    })
    void decodesTheManufacturerFromTheWorldManufacturerIdentifier(String vin, String manufacturer) {
        VinCheck check = Vin.check(vin, THIS_YEAR);

        assertThat(check.valid()).isTrue();
        assertThat(check.manufacturer()).isEqualTo(manufacturer);
    }

    @Test
    void fallsBackToTheTwoCharacterPrefixForAnUnlistedWmi() {
        assertThat(Vin.check("1GZZZ1112ZZ111111", THIS_YEAR).manufacturer()).isEqualTo("General Motors");
    }

    @Test
    void leavesTheManufacturerEmptyForAnUnknownWmi() {
        VinCheck check = Vin.check("99999999999999999", THIS_YEAR);

        assertThat(check.valid()).isTrue();
        assertThat(check.manufacturer()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "1M8GDM9AXKP042788, 1989",
        "1HGCM82633A004352, 2003",
        "5YJSA1E27HF000337, 2017",
        "11111111111111111, 2001",
        "1FTFW1E51PFA12345, 2023",
        "1G1ZD5E08AF123456, 2010",
        "1G1ND520XAM123456, 1980",
        "1FUYDSEBXYPA12345, 2000",
        "JHMCM56557C404453, 2007",
        "WVWZZZ1JZYW386752, 2000"
    })
    void decodesTheModelYearFromPositionTen(String vin, int modelYear) {
        assertThat(Vin.check(vin, THIS_YEAR).modelYear()).isEqualTo(modelYear);
    }

    @Test
    void decodesAModelYearUpToOneYearAheadOfTheCurrentYear() {
        assertThat(Vin.check("WVWZZZ1JZYW386752", Year.of(2029)).modelYear()).isEqualTo(2030);
        assertThat(Vin.check("WVWZZZ1JZYW386752", Year.of(2028)).modelYear()).isEqualTo(2000);
    }

    @Test
    void leavesTheModelYearEmptyWhenPositionTenIsNotAYearCode() {
        assertThat(Vin.check("1HD1KB4120Y123456", THIS_YEAR).modelYear()).isNull();
    }

    @Test
    void keepsANormalizedValueInAVin() {
        assertThat(new Vin(" 1hgcm82633a004352 ").value()).isEqualTo("1HGCM82633A004352");
    }

    @Test
    void refusesToHoldARefusedVin() {
        assertThatThrownBy(() -> new Vin("5YJSA1E26HF000337"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VIN check digit is 6 but should be 7");
    }

    @Test
    void bundlesAtLeastOneHundredFiftyManufacturerIdentifiers() {
        assertThat(WorldManufacturers.bundled().size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void refusesAManufacturerTableWithADuplicatedWmi() {
        String csv = "wmi,manufacturer\nWBA,BMW\nWBA,Other\n";

        assertThatThrownBy(
                        () -> WorldManufacturers.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Duplicate WMI");
    }
}
