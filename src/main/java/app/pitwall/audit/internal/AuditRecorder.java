package app.pitwall.audit.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every {@link Auditable} event in the trail, in the transaction that published it.
 *
 * <p>The entry is described at once, on the publishing thread, while the actor and the request are
 * known; it joins the chain just before that transaction commits, the last thing it does, so the
 * tenant's chain head stays locked only for the commit itself and not for the whole business
 * transaction. If the append fails the commit fails and the change rolls back; if the change rolls
 * back the entry is never written. An event published outside any transaction (a failed sign-in
 * before there is a session) is recorded in a transaction of its own, in its tenant; so is one
 * published in a read-only transaction, which has no change to be atomic with.
 */
@Component
class AuditRecorder {

    private final AuditEntries entries;
    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(AuditEntries entries, AuditChain chain, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(Auditable event) {
        PendingEntry entry = entries.describe(event);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TenantScope.runAs(
                    entry.tenant(),
                    () -> ownTransaction.executeWithoutResult(status -> chain.append(entry.tenant(), List.of(entry))));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending(this);
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(entry);
    }

    /**
     * The entries of one transaction, appended before it commits. Ordered last among the
     * transaction's synchronizations, so that events others publish while committing still join.
     */
    private final class Pending implements TransactionSynchronization {

        private final Object key;
        private final Map<TenantId, List<PendingEntry>> byTenant = new LinkedHashMap<>();
        private boolean appended;

        Pending(Object key) {
            this.key = key;
        }

        void add(PendingEntry entry) {
            if (appended) {
                chain.append(entry.tenant(), List.of(entry));
            } else {
                byTenant.computeIfAbsent(entry.tenant(), t -> new ArrayList<>()).add(entry);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appended = true;
            byTenant.forEach(chain::append);
            byTenant.clear();
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }
}
