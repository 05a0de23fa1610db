package app.pitwall.support;

/** The links confirming a new sign-in email that Pitwall writes to the log {@code pitwall.email-change-links}. */
public final class EmailChangeLinks extends LoggedLinks {

    public EmailChangeLinks() {
        super("pitwall.email-change-links", "pwe_");
    }
}
