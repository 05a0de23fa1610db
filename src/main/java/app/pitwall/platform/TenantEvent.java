package app.pitwall.platform;

/**
 * An event that happened inside one tenant. A listener in another module that reacts to it after the change
 * committed ({@code @ApplicationModuleListener}) runs inside that tenant, in a transaction of its own (see {@link
 * TenantListeners}); nothing else tells a listener's thread which tenant it works for.
 */
public interface TenantEvent {

    TenantId tenantId();
}
