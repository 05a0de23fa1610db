/** The database connections: embedded PostgreSQL, the owner and application roles, tenant-bound transactions. */
@org.springframework.modulith.NamedInterface("database")
package app.pitwall.platform.database;
