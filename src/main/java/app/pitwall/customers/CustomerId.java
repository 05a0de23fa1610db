package app.pitwall.customers;

import java.util.UUID;

/** Identifies a customer within its tenant. */
public record CustomerId(UUID value) {}
