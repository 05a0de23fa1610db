package app.pitwall.identity;

import app.pitwall.platform.Auditable;
import java.util.UUID;

/** An audited event about one staff account: the account is the subject, so its history shows it. */
public interface AboutUser extends Auditable {

    UUID userId();

    @Override
    default Subject subject() {
        return Subject.of("user", userId());
    }
}
