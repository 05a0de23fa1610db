package app.pitwall.platform.tls;

import app.pitwall.platform.web.SecurityHeaders;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * A Tomcat engine valve that answers every request arriving through the plain-HTTP connector with a
 * permanent redirect to the same path and query on HTTPS at the public host ({@code pitwall.public-url}),
 * and hands every other request on untouched. The host the request names is never used: a caller writes
 * it, and {@code Host: evil.example} must not send a browser to evil.example.
 *
 * <p>It guarantees that the plain-HTTP connector never reaches the application: no filter, servlet or error
 * page runs for those requests, and the response carries no body but the security headers. {@code GET} and
 * {@code HEAD} get a 301,
 * any other method a 308 so that clients repeat it with the same method and body. The HTTPS port written
 * into the {@code Location} is the port the secure connector is actually bound to, so it stays right when
 * that port was chosen at random (the plain connector's {@code redirectPort} until it is bound). The path and
 * query are copied as received, still percent-encoded.
 */
final class HttpsRedirectValve extends ValveBase {

    private static final int DEFAULT_HTTPS_PORT = 443;

    private final Connector plainConnector;
    private final String publicHost;

    /**
     * @param plainConnector the connector whose requests are redirected
     * @param publicHost the host browsers are sent to
     */
    HttpsRedirectValve(Connector plainConnector, String publicHost) {
        super(true);
        this.plainConnector = plainConnector;
        this.publicHost = publicHost;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getConnector() != plainConnector) {
            getNext().invoke(request, response);
            return;
        }
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method);
        response.setStatus(safe ? 301 : 308);
        response.setHeader("Location", location(request));
        SecurityHeaders.fillIn(response);
        response.setContentLength(0);
    }

    private String location(Request request) {
        StringBuilder location = new StringBuilder("https://");
        String host = publicHost;
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            location.append('[').append(host).append(']');
        } else {
            location.append(host);
        }
        int port = httpsPort(request);
        if (port != DEFAULT_HTTPS_PORT) {
            location.append(':').append(port);
        }
        String path = request.getRequestURI();
        location.append(path != null && path.startsWith("/") ? path : "/");
        String query = request.getQueryString();
        if (query != null) {
            location.append('?').append(query);
        }
        return location.toString();
    }

    private static int httpsPort(Request request) {
        for (Connector connector : request.getConnector().getService().findConnectors()) {
            if (connector.getSecure() && connector.getLocalPort() > 0) {
                return connector.getLocalPort();
            }
        }
        return request.getConnector().getRedirectPort();
    }
}
