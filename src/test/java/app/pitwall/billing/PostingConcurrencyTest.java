package app.pitwall.billing;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Twenty postings at once in one series (a new shop's main location): twenty consecutive numbers from 1, no gap, no
 * duplicate. The drafts are two orders split by percentage between ten payers each.
 */
@PitwallIntegrationTest
class PostingConcurrencyTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    @Test
    void twentyConcurrentPostingsInOneSeriesGetTwentyConsecutiveNumbers() throws Exception {
        Workshop shop = Workshop.open(shops, "http://localhost:" + port, "Busy Counter Garage");
        BillingFixture billing = new BillingFixture(shop);
        List<Map<String, Object>> shares = new ArrayList<>();
        shares.add(Map.of("party", "CUSTOMER", "percent", "10"));
        shares.add(Map.of("party", "SHOP", "percent", "10"));
        for (int i = 0; i < 8; i++) {
            shares.add(Map.of("payerId", billing.payer(i % 2 == 0 ? "FLEET" : "WARRANTY", "Payer " + i), "percent", "10"));
        }
        List<String> drafts = new ArrayList<>();
        for (int order = 0; order < 2; order++) {
            JsonNode drafted = billing.draft(billing.readyOrder(true), Map.of("split", "PERCENT", "shares", shares));
            drafted.get("invoices").forEach(invoice -> drafts.add(id(invoice)));
        }
        assertThat(drafts).hasSize(20);

        ApiClient advisor = shop.advisor();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (String draft : drafts) {
            answers.add(pool.submit(() -> {
                start.await();
                return advisor.send(
                        "POST", "/api/v1/invoices/" + draft + "/posting", null, Map.of("If-Match", "\"0\""));
            }));
        }
        start.countDown();
        List<Long> sequences = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Future<ApiClient.Response> answer : answers) {
            ApiClient.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            String number = response.json().get("number").asString();
            numbers.merge(number, 1, Integer::sum);
            sequences.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
        }
        pool.shutdown();

        assertThat(numbers).hasSize(20).allSatisfy((number, times) -> assertThat(times).isEqualTo(1));
        assertThat(sequences.stream().sorted().toList())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
    }
}
