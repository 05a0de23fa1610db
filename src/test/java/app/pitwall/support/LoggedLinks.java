package app.pitwall.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Reads the links Pitwall writes to a log for the operator to hand out until it sends email (password resets, email
 * confirmations), as an operator would, so tests can follow them. Listens from construction until closed.
 */
public class LoggedLinks implements AutoCloseable {

    private final Logger logger;
    private final Pattern token;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    /** @param tokenPrefix how the link's tokens start, e.g. {@code pwr_} */
    protected LoggedLinks(String loggerName, String tokenPrefix) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        this.token = Pattern.compile("token=(" + Pattern.quote(tokenPrefix) + "[A-Za-z0-9_.-]+)");
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
            throw new AssertionError("No link was logged to " + logger.getName());
        }
        Matcher matcher = token.matcher(lines.get(lines.size() - 1));
        if (!matcher.find()) {
            throw new AssertionError("The logged line has no token");
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
