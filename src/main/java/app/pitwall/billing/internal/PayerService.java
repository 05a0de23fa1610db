package app.pitwall.billing.internal;

import app.pitwall.access.Actor;
import app.pitwall.billing.BillingEvents;
import app.pitwall.billing.BillingEvents.PayerState;
import app.pitwall.billing.Payer;
import app.pitwall.billing.PayerId;
import app.pitwall.billing.Payers;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.ProblemType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payers directory for one actor: scoped to the tenant, validated, versioned and announced. */
@Service
@Transactional
class PayerService implements Payers {

    private final PayerRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayerService(PayerRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Payer> list(Actor actor, Payer.Kind kind, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        List<Payer> found = rows.list(
                actor.tenantId(), kind, limit + 1, after == null ? null : after.key(), after == null ? null : after.id());
        return Cursor.page(found, limit, last -> new Cursor(last.name(), last.uuid()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Payer> find(Actor actor, PayerId id) {
        return rows.find(actor.tenantId(), id, false);
    }

    @Override
    public Payer add(Actor actor, Payer payer) {
        Payer made = new Payer(
                PayerId.random(),
                payer.kind(),
                payer.name(),
                payer.address(),
                payer.terms(),
                payer.contact(),
                payer.taxExempt(),
                0);
        requireUniqueName(actor, made);
        rows.insert(actor.tenantId(), made, clock.instant());
        events.publishEvent(new BillingEvents.PayerAdded(actor.tenantId(), made.id(), actor.userId(), PayerState.of(made)));
        return made;
    }

    @Override
    public Payer change(Actor actor, PayerId id, Payer changed, Integer expectedVersion) {
        Payer current = rows.find(actor.tenantId(), id, true).orElseThrow(() -> new NotFoundException("Payer"));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw Versions.stale("payer", current.version());
        }
        Payer next = new Payer(
                id,
                changed.kind(),
                changed.name(),
                changed.address(),
                changed.terms(),
                changed.contact(),
                changed.taxExempt(),
                current.version() + 1);
        if (PayerState.of(current).equals(PayerState.of(next))) {
            return current;
        }
        requireUniqueName(actor, next);
        rows.update(actor.tenantId(), next);
        events.publishEvent(new BillingEvents.PayerChanged(
                actor.tenantId(), id, actor.userId(), PayerState.of(current), PayerState.of(next)));
        return next;
    }

    private void requireUniqueName(Actor actor, Payer payer) {
        if (rows.nameTaken(actor.tenantId(), payer)) {
            throw new ConflictException(
                    ProblemType.DUPLICATE,
                    "Another " + payer.kind().name().toLowerCase(java.util.Locale.ROOT) + " payer is named '"
                            + payer.name() + "'.");
        }
    }
}
