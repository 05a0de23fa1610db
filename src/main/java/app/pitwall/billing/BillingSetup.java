package app.pitwall.billing;

import app.pitwall.access.Actor;

/** The tenant's billing settings, read by anyone who bills and changed by the owner. */
public interface BillingSetup {

    /** The settings with their version. */
    record Versioned(BillingSettings settings, int version) {}

    Versioned settings(Actor actor);

    Versioned change(Actor actor, BillingSettings settings, Integer expectedVersion);
}
