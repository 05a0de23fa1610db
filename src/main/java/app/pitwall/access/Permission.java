package app.pitwall.access;

/**
 * One thing a user may do. Every endpoint declares the permission it needs with {@link
 * RequiresPermission}; roles are sets of these.
 */
public enum Permission {
    CUSTOMERS_READ("customers:read", "See customers and vehicles (names only without customers:contact)"),
    CUSTOMERS_CONTACT("customers:contact", "See customers' emails, phones and addresses"),
    CUSTOMERS_WRITE("customers:write", "Create and edit customers and vehicles"),
    CUSTOMERS_DELETE("customers:delete", "Delete customers and vehicles"),
    LOCATIONS_READ("locations:read", "See the tenant's locations"),
    LOCATIONS_MANAGE("locations:manage", "Create and change locations and their tax settings"),
    USERS_READ("users:read", "See staff accounts"),
    USERS_MANAGE("users:manage", "Invite, disable and limit staff; end their sessions"),
    ROLES_ASSIGN("roles:assign", "Change a user's role (never above one's own)"),
    SESSIONS_READ("sessions:read", "See every staff member's active sessions"),
    SETTINGS_MANAGE("settings:manage", "Change tenant security settings"),
    AUDIT_READ("audit:read", "Read the whole audit trail"),
    AUDIT_READ_FINANCIAL("audit:read-financial", "Read the financial part of the audit trail"),
    AUDIT_EXPORT("audit:export", "Export and verify the audit trail"),
    APPOINTMENTS_READ("appointments:read", "See the calendar"),
    APPOINTMENTS_WRITE("appointments:write", "Book, move and check in appointments"),
    REPAIR_ORDERS_READ("repair-orders:read", "See repair orders"),
    REPAIR_ORDERS_WORK("repair-orders:work", "Work one's assigned jobs: notes, three Cs, mark done"),
    REPAIR_ORDERS_WRITE("repair-orders:write", "Write repair orders, jobs and prices"),
    REPAIR_ORDERS_TRANSITION("repair-orders:transition", "Move repair orders through their statuses"),
    DISCOUNTS_APPROVE("discounts:approve", "Give discounts above the tenant's cap"),
    INVOICES_READ("invoices:read", "See invoices"),
    INVOICES_WRITE("invoices:write", "Create invoices and take payments; keep the payers directory"),
    INVOICES_POST("invoices:post", "Post invoices: number them and make them final"),
    INVOICES_CREDIT("invoices:credit", "Issue credit notes up to the tenant's credit limit"),
    INVOICES_CREDIT_ABOVE_LIMIT("invoices:credit-above-limit", "Issue credit notes above the tenant's credit limit"),
    INVOICES_WRITE_OFF("invoices:write-off", "Write off what a customer or payer still owes"),
    INVOICES_EXPORT("invoices:export", "Export invoices and credit notes for accounting"),
    INVOICES_VOID("invoices:void", "Void invoices and refund payments"),
    INVENTORY_READ("inventory:read", "See parts and stock"),
    INVENTORY_WRITE("inventory:write", "Adjust stock and order parts"),
    PAYROLL_READ("payroll:read", "See time, pay rates and payroll"),
    PAYROLL_MANAGE("payroll:manage", "Change pay rates and close payroll periods"),
    REPORTS_READ("reports:read", "See cross-shop reports"),
    API_TOKENS_MANAGE("api-tokens:manage", "Create and revoke API tokens");

    private final String code;
    private final String description;

    Permission(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The stable name used in the API, the OpenAPI document and API tokens. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Permission ofCode(String code) {
        for (Permission permission : values()) {
            if (permission.code.equals(code)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("Unknown permission: " + code);
    }
}
