package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Searches of one or two characters find the customers whose name (company, or "Last, First") starts with them, in
 * any case, in the order of the listing, page by page.
 */
@PitwallIntegrationTest
class NamePrefixSearchTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient advisor;

    @BeforeEach
    void registerCustomers() {
        TestShops.Shop shop = shops.create("Prefix Search Garage");
        advisor =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        for (String last : List.of("Waters", "walker", "WEBB", "Wu", "Young", "Owens", "Swanson")) {
            advisor.post("/api/v1/customers", Map.of("firstName", "Pat", "lastName", last));
        }
        advisor.post("/api/v1/customers", Map.of("kind", "BUSINESS", "companyName", "Westside Towing"));
        advisor.post("/api/v1/customers", Map.of("kind", "BUSINESS", "companyName", "_W Underscore Ltd"));
    }

    @Test
    void oneOrTwoLettersFindNamesStartingWithThemInAnyCase() {
        assertThat(names("w"))
                .containsExactlyInAnyOrder("Waters, Pat", "walker, Pat", "WEBB, Pat", "Wu, Pat", "Westside Towing");
        assertThat(names("W")).isEqualTo(names("w"));
        assertThat(names("wA")).containsExactlyInAnyOrder("Waters, Pat", "walker, Pat");
        assertThat(names("we")).containsExactlyInAnyOrder("WEBB, Pat", "Westside Towing");
        assertThat(names("_w")).containsExactly("_W Underscore Ltd");
        assertThat(names("zz")).isEmpty();
    }

    @Test
    void prefixMatchesComeInTheOrderOfTheFullListing() {
        List<String> listing = names("");
        assertThat(names("w"))
                .isEqualTo(listing.stream()
                        .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("w"))
                        .toList());
    }

    @Test
    void aPrefixSearchPagesThroughEveryMatchOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = advisor.get("/api/v1/customers?q=w&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(item -> seen.add(item.get("displayName").asString()));
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).isEqualTo(names("w"));
    }

    @Test
    void aSubstringSearchFindsNamesAndVehiclesAndPagesThroughThemOnceInListingOrder() {
        String young = advisor.get("/api/v1/customers?q=young")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String webb = advisor.get("/api/v1/customers?q=webb")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        advisor.post("/api/v1/vehicles", Map.of("customerId", young, "plate", "SON 123"));
        advisor.post("/api/v1/vehicles", Map.of("customerId", webb, "plate", "MASON 9"));
        advisor.post("/api/v1/vehicles", Map.of("customerId", webb, "plate", "ASON 8"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = advisor.get("/api/v1/customers?q=SON&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(item -> seen.add(item.get("displayName").asString()));
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(seen)
                .as("by name (Swanson), by plate (Young), by two plates and not twice (Webb)")
                .containsExactlyInAnyOrder("Swanson, Pat", "Young, Pat", "WEBB, Pat")
                .isEqualTo(names("").stream()
                        .filter(name -> List.of("Swanson, Pat", "Young, Pat", "WEBB, Pat")
                                .contains(name))
                        .toList());
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        advisor.get("/api/v1/customers?limit=100&q=" + query)
                .json()
                .get("items")
                .forEach(item -> names.add(item.get("displayName").asString()));
        return names;
    }
}
