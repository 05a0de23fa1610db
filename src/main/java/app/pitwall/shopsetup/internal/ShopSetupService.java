package app.pitwall.shopsetup.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.shopsetup.ShopSetupEvents;
import app.pitwall.shopsetup.ShopSetupEvents.BayState;
import app.pitwall.shopsetup.ShopSetupEvents.LaborRateState;
import app.pitwall.shopsetup.ShopSetupEvents.SettingsState;
import app.pitwall.shopsetup.WorkOrderSettings;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bays, labor rates and settings for one actor: scoped, validated, versioned and announced as events. */
@Service
@Transactional
class ShopSetupService implements ShopSetup {

    static final int MOST_PER_LOCATION = 100;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ShopSetupRows rows;
    private final ActorLocations locations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopSetupService(ShopSetupRows rows, ActorLocations locations, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bay> bays(Actor actor, UUID locationId) {
        return rows.bays(
                actor.tenantId(), locations.visible(actor, locationId).id().value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Bay> bay(Actor actor, BayId id) {
        return rows.bay(actor.tenantId(), id, false).filter(bay -> actor.mayUse(bay.locationId()));
    }

    @Override
    public Bay addBay(Actor actor, UUID locationId, String name) {
        UUID location = locations.visible(actor, locationId).id().value();
        if (rows.bays(actor.tenantId(), location).size() >= MOST_PER_LOCATION) {
            throw new ConflictException(ProblemType.TOO_MANY, "A location has at most " + MOST_PER_LOCATION + " bays.");
        }
        Bay bay = new Bay(BayId.random(), location, name(name), true, 0);
        rows.insertBay(actor.tenantId(), bay, clock.instant());
        events.publishEvent(new ShopSetupEvents.BayAdded(actor.tenantId(), bay.id(), actor.userId(), BayState.of(bay)));
        return bay;
    }

    @Override
    public Bay changeBay(Actor actor, BayId id, String name, Boolean active, Integer expectedVersion) {
        Bay current = rows.bay(actor.tenantId(), id, true)
                .filter(bay -> actor.mayUse(bay.locationId()))
                .orElseThrow(() -> new NotFoundException("Bay"));
        checkVersion(expectedVersion, current.version(), "bay");
        Bay changed = new Bay(
                id,
                current.locationId(),
                name == null ? current.name() : name(name),
                active == null ? current.active() : active,
                current.version() + 1);
        rows.updateBay(actor.tenantId(), changed);
        publishIfChanged(
                BayState.of(current),
                BayState.of(changed),
                (before, after) -> new ShopSetupEvents.BayChanged(actor.tenantId(), id, actor.userId(), before, after));
        return changed;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LaborRate> laborRates(Actor actor, UUID locationId) {
        return rows.laborRates(
                actor.tenantId(), locations.visible(actor, locationId).id().value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LaborRate> laborRate(Actor actor, LaborRateId id) {
        return rows.laborRate(actor.tenantId(), id, false).filter(rate -> actor.mayUse(rate.locationId()));
    }

    @Override
    public LaborRate addLaborRate(Actor actor, UUID locationId, String name, BigDecimal hourlyRate, boolean isDefault) {
        Location location = locations.visible(actor, locationId);
        if (rows.laborRates(actor.tenantId(), location.id().value()).size() >= MOST_PER_LOCATION) {
            throw new ConflictException(
                    ProblemType.TOO_MANY, "A location has at most " + MOST_PER_LOCATION + " labor rates.");
        }
        LaborRate rate = new LaborRate(
                LaborRateId.random(),
                location.id().value(),
                name(name),
                hourly(hourlyRate, location),
                isDefault,
                true,
                0);
        if (isDefault) {
            rows.clearDefault(actor.tenantId(), rate.locationId());
        }
        rows.insertLaborRate(actor.tenantId(), rate, clock.instant());
        events.publishEvent(new ShopSetupEvents.LaborRateAdded(
                actor.tenantId(), rate.id(), actor.userId(), LaborRateState.of(rate)));
        return rate;
    }

    @Override
    public LaborRate changeLaborRate(
            Actor actor,
            LaborRateId id,
            String name,
            BigDecimal hourlyRate,
            Boolean isDefault,
            Boolean active,
            Integer expectedVersion) {
        LaborRate current = rows.laborRate(actor.tenantId(), id, true)
                .filter(rate -> actor.mayUse(rate.locationId()))
                .orElseThrow(() -> new NotFoundException("Labor rate"));
        checkVersion(expectedVersion, current.version(), "labor rate");
        boolean nowActive = active == null ? current.active() : active;
        LaborRate changed = new LaborRate(
                id,
                current.locationId(),
                name == null ? current.name() : name(name),
                hourlyRate == null
                        ? current.hourlyRate()
                        : hourly(hourlyRate, locations.of(actor.tenantId(), current.locationId())),
                nowActive && (isDefault == null ? current.isDefault() : isDefault),
                nowActive,
                current.version() + 1);
        if (changed.isDefault() && !current.isDefault()) {
            rows.clearDefault(actor.tenantId(), current.locationId());
        }
        rows.updateLaborRate(actor.tenantId(), changed);
        publishIfChanged(
                LaborRateState.of(current),
                LaborRateState.of(changed),
                (before, after) ->
                        new ShopSetupEvents.LaborRateChanged(actor.tenantId(), id, actor.userId(), before, after));
        return changed;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkOrderSettings settings(Actor actor) {
        return rows.settings(actor.tenantId(), false);
    }

    @Override
    public WorkOrderSettings changeSettings(
            Actor actor,
            BigDecimal discountCapPercent,
            BigDecimal shopSuppliesPercent,
            BigDecimal shopSuppliesCap,
            Integer expectedVersion) {
        WorkOrderSettings current = rows.settings(actor.tenantId(), true);
        checkVersion(expectedVersion, current.version(), "settings");
        WorkOrderSettings changed = new WorkOrderSettings(
                discountCapPercent == null
                        ? current.discountCapPercent()
                        : percent(discountCapPercent, "discountCapPercent"),
                shopSuppliesPercent == null
                        ? current.shopSuppliesPercent()
                        : percent(shopSuppliesPercent, "shopSuppliesPercent"),
                shopSuppliesCap == null ? current.shopSuppliesCap() : cap(shopSuppliesCap),
                current.version() + 1);
        rows.writeSettings(actor.tenantId(), changed, clock.instant());
        publishIfChanged(
                SettingsState.of(current),
                SettingsState.of(changed),
                (before, after) ->
                        new ShopSetupEvents.WorkOrderSettingsChanged(actor.tenantId(), actor.userId(), before, after));
        return changed;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "required");
        }
        if (name.strip().length() > 60) {
            throw new InvalidInputException("name", "at most 60 characters");
        }
        if (CardNumbers.containsCardNumber(name)) {
            throw new InvalidInputException("name", "looks like a payment card number");
        }
        return name.strip();
    }

    private static BigDecimal hourly(BigDecimal rate, Location location) {
        int digits = Math.max(0, location.currency().getDefaultFractionDigits());
        if (rate.signum() < 0 || rate.compareTo(new BigDecimal("100000")) > 0) {
            throw new InvalidInputException("hourlyRate", "must be between 0 and 100000");
        }
        if (rate.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(
                    "hourlyRate",
                    "at most " + digits + " decimal places in "
                            + location.currency().getCurrencyCode());
        }
        return rate;
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        if (value.signum() < 0
                || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must be a percentage from 0 to 100 with at most 2 decimals");
        }
        return value;
    }

    private static BigDecimal cap(BigDecimal value) {
        if (value.signum() < 0
                || value.compareTo(new BigDecimal("100000")) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("shopSuppliesCap", "must be from 0 to 100000 with at most 2 decimals");
        }
        return value;
    }

    private static void checkVersion(Integer expected, int current, String what) {
        if (expected != null && expected != current) {
            throw new ConflictException(
                    ProblemType.STALE_VERSION,
                    "Someone else changed this " + what + " (now at version " + current + "); reload it.",
                    Map.of("currentVersion", current));
        }
    }

    /** Publishes the change event only when the snapshot differs (a save of the same values is not a change). */
    private <S> void publishIfChanged(S before, S after, BiFunction<S, S, Object> event) {
        if (!before.equals(after)) {
            events.publishEvent(event.apply(before, after));
        }
    }
}
