package app.pitwall.customers;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import java.util.Map;

/** How to call each data-changing customer and vehicle endpoint successfully, for the audit coverage test. */
public class CustomerAuditedEndpoints implements AuditedEndpoints {

    @Override
    public void register(Registry registry) {
        registry.on("POST /api/v1/customers", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            return () -> advisor.post("/api/v1/customers", Map.of("firstName", "New", "lastName", "Customer"));
        });
        registry.on("PATCH /api/v1/customers/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String id = shop.newCustomer(advisor);
            return () -> advisor.patch("/api/v1/customers/" + id, Map.of("lastName", "Changed"));
        });
        registry.on("DELETE /api/v1/customers/{id}", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            String id = shop.newCustomer(manager);
            return () -> manager.delete("/api/v1/customers/" + id);
        });
        registry.on("POST /api/v1/vehicles", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String owner = shop.newCustomer(advisor);
            return () -> advisor.post("/api/v1/vehicles", Map.of("customerId", owner, "make", "Saab"));
        });
        registry.on("PATCH /api/v1/vehicles/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String id = shop.newVehicle(advisor);
            return () -> advisor.patch("/api/v1/vehicles/" + id, Map.of("colour", "Red"));
        });
        registry.on("DELETE /api/v1/vehicles/{id}", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            String id = shop.newVehicle(manager);
            return () -> manager.delete("/api/v1/vehicles/" + id);
        });
    }
}
