package app.pitwall.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Reads the password-reset links Pitwall writes for the operator to the log {@code
 * pitwall.password-reset-links}, as an operator would, so tests can follow them.
 */
public final class ResetLinks implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("token=(pwr_[A-Za-z0-9_.-]+)");

    private final Logger logger = (Logger) LoggerFactory.getLogger("pitwall.password-reset-links");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public ResetLinks() {
        appender.start();
        logger.addAppender(appender);
    }

    /** Every line logged since this was opened. */
    public List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The token of the latest link logged, or fails if none was. */
    public String latestToken() {
        List<String> lines = lines();
        if (lines.isEmpty()) {
            throw new AssertionError("No password reset link was logged");
        }
        Matcher matcher = TOKEN.matcher(lines.get(lines.size() - 1));
        if (!matcher.find()) {
            throw new AssertionError("The logged line has no reset token");
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
