package app.pitwall.support;

/** The password-reset links Pitwall writes to the log {@code pitwall.password-reset-links}. */
public final class ResetLinks extends LoggedLinks {

    public ResetLinks() {
        super("pitwall.password-reset-links", "pwr_");
    }
}
