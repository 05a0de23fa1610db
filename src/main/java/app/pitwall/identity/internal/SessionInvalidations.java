package app.pitwall.identity.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.platform.database.DatabaseEndpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a change to who a user is (a role, locations, an ended session, a revoked token) take effect at once on
 * every instance, not within the {@link SessionCache}'s re-check: the change evicts the user's cached sessions and
 * tokens here, again when its transaction commits, and sends a PostgreSQL notification with the commit, on which
 * every instance (listening on its own connection) evicts them too. While an instance cannot listen it forgets its
 * whole cache on reconnecting, and the re-check bounds what it may have missed.
 */
@Component
class SessionInvalidations implements SmartLifecycle {

    static final String CHANNEL = "pitwall_session_changes";

    private static final Logger log = LoggerFactory.getLogger(SessionInvalidations.class);
    private static final int WAIT_MILLIS = 500;

    private final SessionCache cache;
    private final JdbcClient jdbc;
    private final DatabaseEndpoint database;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    SessionInvalidations(SessionCache cache, JdbcClient jdbc, DatabaseEndpoint database) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Called inside the transaction that changes the user; other instances learn of it when it commits. */
    void userChanged(TenantId tenant, UUID user) {
        cache.evictUser(tenant, user);
        jdbc.sql("SELECT pg_notify(?, ?)")
                .params(CHANNEL, tenant + ":" + user)
                .query()
                .listOfRows();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.evictUser(tenant, user);
                }
            });
        }
    }

    /** Whether this instance currently hears the others' changes. */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "pitwall-session-changes");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.evictAll();
                listening = true;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn("Not hearing other instances' session changes; reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
        listening = false;
    }

    private void apply(String payload) {
        int colon = payload.indexOf(':');
        try {
            cache.evictUser(TenantId.of(payload.substring(0, colon)), UUID.fromString(payload.substring(colon + 1)));
        } catch (RuntimeException malformed) {
            cache.evictAll();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.app().user());
        properties.setProperty(
                "password",
                database.app().password() == null ? "" : database.app().password());
        properties.setProperty("ApplicationName", "pitwall-session-changes");
        return DriverManager.getConnection(database.url(), properties);
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
