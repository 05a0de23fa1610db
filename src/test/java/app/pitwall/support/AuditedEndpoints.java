package app.pitwall.support;

import app.pitwall.access.Role;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fixtures for the test that every data-changing endpoint of the OpenAPI document leaves an audit
 * entry. Each module adds a class implementing this in its own test package (it is found by
 * scanning {@code app.pitwall}, needs a public no-argument constructor) and registers one fixture
 * per unsafe operation it owns, keyed {@code "METHOD /path/{template}"} as in the OpenAPI document.
 * A fixture prepares what the call needs (which may itself be audited) and returns the one call
 * whose audit entry is then expected.
 */
public interface AuditedEndpoints {

    void register(Registry registry);

    /** Where fixtures are registered. */
    interface Registry {

        /** Registers how to call {@code operation} (e.g. {@code "PATCH /api/v1/customers/{id}"}) successfully. */
        void on(String operation, Function<Shop, Supplier<ApiClient.Response>> fixture);
    }

    /** A fresh shop of the test, with ways to sign in and to make what calls need. */
    interface Shop {

        TestShops.Shop shop();

        /** A new client signed in as the shop's user of this role. */
        ApiClient as(Role role);

        /** A new client signed in as nobody. */
        ApiClient anonymous();

        /**
         * Runs SQL as the application role in a transaction of the shop's tenant, for states the API
         * reaches only over time (a locked account) and tests may not wait for.
         */
        void sql(String statement, Object... params);

        /** Creates a customer through the API and returns its id. */
        default String newCustomer(ApiClient client) {
            return client.post("/api/v1/customers", Map.of("firstName", "Fixture", "lastName", "Customer"))
                    .json()
                    .get("id")
                    .asString();
        }

        /** Creates a vehicle of a new customer through the API and returns its id. */
        default String newVehicle(ApiClient client) {
            return client.post("/api/v1/vehicles", Map.of("customerId", newCustomer(client), "make", "Volvo"))
                    .json()
                    .get("id")
                    .asString();
        }
    }
}
