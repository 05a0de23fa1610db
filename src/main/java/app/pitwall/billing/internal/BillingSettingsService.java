package app.pitwall.billing.internal;

import app.pitwall.access.Actor;
import app.pitwall.billing.BillingEvents;
import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.BillingSetup;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the tenant's billing settings, versioned and announced. */
@Service
@Transactional
class BillingSettingsService implements BillingSetup {

    private final BillingSettingsRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BillingSettingsService(BillingSettingsRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Versioned settings(Actor actor) {
        return rows.read(actor.tenantId(), false);
    }

    @Override
    public Versioned change(Actor actor, BillingSettings settings, Integer expectedVersion) {
        Versioned current = rows.read(actor.tenantId(), true);
        Versions.check(expectedVersion, current.version(), "billing settings");
        if (current.settings().equals(settings)) {
            return current;
        }
        Versioned next = new Versioned(settings, current.version() + 1);
        rows.write(actor.tenantId(), settings, next.version(), clock.instant());
        events.publishEvent(
                new BillingEvents.BillingSettingsChanged(actor.tenantId(), actor.userId(), current.settings(), settings));
        return next;
    }
}
