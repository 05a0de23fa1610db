package app.pitwall.platform.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.PitwallProperties;
import app.pitwall.support.RawHttp;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Starts a real Tomcat with only the web server, {@link TlsConfiguration} and a servlet that echoes the request
 * line (no database, no security), on free ports, and talks to it over the network.
 *
 * <p>The JDK's own policy ({@code jdk.tls.disabledAlgorithms}) already refuses TLS 1.1; this class lifts that
 * policy for the test JVM so that a TLS 1.1 refusal comes from Pitwall's configuration. When an earlier test in
 * the same JVM already initialised TLS the policy stays in force, so the protocols and suites Tomcat actually
 * enabled are checked as well.
 */
class TlsConfigurationTest {

    static {
        String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");
        if (disabled != null) {
            Security.setProperty(
                    "jdk.tls.disabledAlgorithms",
                    Arrays.stream(disabled.split(","))
                            .map(String::strip)
                            .filter(entry -> !entry.equals("TLSv1.1"))
                            .collect(Collectors.joining(", ")));
        }
    }

    @TempDir
    Path dataDir;

    @Test
    void servesHttpsOverTls13WithTheGeneratedCertificate() throws Exception {
        int httpsPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, 0)) {
            SSLContext trusting = trusting(generatedCertificate());
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(trusting)
                    .sslParameters(new SSLParameters(null, new String[] {"TLSv1.3"}))
                    .build();

            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/work-orders?open=true"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("served GET /work-orders?open=true");
            assertThat(response.sslSession())
                    .hasValueSatisfying(
                            session -> assertThat(session.getProtocol()).isEqualTo("TLSv1.3"));
            assertThat(dataDir.resolve("tls/keystore.p12")).isRegularFile();
        }
    }

    @Test
    void acceptsTls12WithAnAeadSuite() throws Exception {
        int httpsPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, 0)) {
            String protocol = handshake(
                    httpsPort, new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"});

            assertThat(protocol).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void refusesATls11Handshake() throws Exception {
        int httpsPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, 0)) {
            assertThatThrownBy(() -> handshake(httpsPort, new String[] {"TLSv1.1"}, null))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void refusesTls12WithACbcSuite() throws Exception {
        int httpsPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, 0)) {
            String[] cbc = {
                "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
                "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
                "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"
            };

            assertThatThrownBy(() -> handshake(httpsPort, new String[] {"TLSv1.2"}, cbc))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void enablesOnlyTls12And13WithForwardSecretAeadSuites() throws Exception {
        try (ConfigurableApplicationContext context = start(freePort(), 0)) {
            SSLHostConfig tls = sslHostConfig(context);

            assertThat(tls.getEnabledProtocols()).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
            assertThat(tls.getEnabledCiphers())
                    .isNotEmpty()
                    .allSatisfy(suite -> assertThat(suite)
                            .matches("TLS_(AES_\\d+_GCM_SHA\\d+|CHACHA20_POLY1305_SHA256"
                                    + "|ECDHE_(ECDSA|RSA)_WITH_(AES_\\d+_GCM_SHA\\d+|CHACHA20_POLY1305_SHA256))"));
        }
    }

    @Test
    void redirectsPlainHttpToHttpsWithTheSamePathAndQuery() throws Exception {
        int httpsPort = freePort();
        int httpPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, httpPort)) {
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String pathAndQuery = "/customers/42?q=M%C3%BCller&page=2";

            HttpResponse<String> get = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + pathAndQuery))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/session"))
                            .POST(HttpRequest.BodyPublishers.ofString("email=a@b.c"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(get.statusCode()).isEqualTo(301);
            assertThat(get.headers().firstValue("Location")).hasValue("https://localhost:" + httpsPort + pathAndQuery);
            assertThat(get.body()).isEmpty();
            assertThat(post.statusCode()).isEqualTo(308);
            assertThat(post.headers().firstValue("Location")).hasValue("https://localhost:" + httpsPort + "/session");
            assertThat(post.body()).isEmpty();
        }
    }

    @Test
    void theRedirectToHttpsNamesThePublicHostNeverTheOneTheCallerSent() throws Exception {
        int httpsPort = freePort();
        int httpPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, httpPort)) {
            RawHttp.Answer forged = RawHttp.get(httpPort, "/login?next=%2Fcustomers", "Host: evil.example");
            RawHttp.Answer forwarded =
                    RawHttp.get(httpPort, "/", "Host: evil.example:8080", "X-Forwarded-Host: evil.example");

            assertThat(forged.status()).isEqualTo(301);
            assertThat(forged.header("location"))
                    .isEqualTo("https://localhost:" + httpsPort + "/login?next=%2Fcustomers");
            assertThat(forwarded.header("location")).isEqualTo("https://localhost:" + httpsPort + "/");
        }
        try (ConfigurableApplicationContext context =
                start(httpsPort, httpPort, "--pitwall.public-url=https://shop.example")) {
            RawHttp.Answer forged = RawHttp.get(httpPort, "/customers", "Host: evil.example");

            assertThat(forged.header("location")).isEqualTo("https://shop.example:" + httpsPort + "/customers");
        }
    }

    @Test
    void opensNoPlainHttpConnectorWhenTheHttpPortIsZero() throws Exception {
        try (ConfigurableApplicationContext context = start(freePort(), 0)) {
            assertThat(connectors(context))
                    .hasSize(1)
                    .allSatisfy(connector -> assertThat(connector.getSecure()).isTrue());
        }
    }

    @Test
    void servesPlainHttpOnTheHttpPortWhenTlsIsDisabled() throws Exception {
        int httpsPort = freePort();
        int httpPort = freePort();
        try (ConfigurableApplicationContext context = start(httpsPort, httpPort, "--pitwall.tls.enabled=false")) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("served GET /health");
            assertThatThrownBy(() -> new Socket("localhost", httpsPort).close()).isInstanceOf(ConnectException.class);
            assertThat(dataDir.resolve("tls")).doesNotExist();
        }
    }

    @Test
    void usesTheOperatorsKeystoreInsteadOfGeneratingOne(@TempDir Path operatorDir) throws Exception {
        SelfSignedCertificate operators = SelfSignedCertificate.obtain(operatorDir, Clock.systemUTC());
        int httpsPort = freePort();
        try (ConfigurableApplicationContext context = start(
                httpsPort,
                0,
                "--server.ssl.key-store=" + operators.keyStore(),
                "--server.ssl.key-store-password=" + operators.password(),
                "--server.ssl.key-store-type=PKCS12")) {
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(trusting(operators.certificate()))
                    .build();

            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.sslSession().orElseThrow().getPeerCertificates()[0])
                    .isEqualTo(operators.certificate());
            assertThat(dataDir.resolve("tls")).doesNotExist();
            assertThat(sslHostConfig(context).getEnabledProtocols()).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
        }
    }

    @Test
    void letsServerPortOverrideTheHttpsPortAndRedirectsToThePortActuallyBound() throws Exception {
        int httpPort = freePort();
        try (ConfigurableApplicationContext context = start(freePort(), httpPort, "--server.port=0")) {
            int boundPort = ((ServletWebServerApplicationContext) context)
                    .getWebServer()
                    .getPort();

            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());

            assertThat(boundPort).isPositive();
            assertThat(response.headers().firstValue("Location")).hasValue("https://localhost:" + boundPort + "/");
        }
    }

    @Test
    void refusesToStartWithTlsDisabledAndNoPortToServeOn() {
        assertThatThrownBy(() -> start(freePort(), 0, "--pitwall.tls.enabled=false"))
                .hasStackTraceContaining("pitwall.http-port");
    }

    private ConfigurableApplicationContext start(int httpsPort, int httpPort, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--pitwall.data-dir=" + dataDir,
                "--pitwall.https-port=" + httpsPort,
                "--pitwall.http-port=" + httpPort));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(WebServerOnly.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }

    private Certificate generatedCertificate() throws Exception {
        Path tls = dataDir.resolve("tls");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("keystore.p12"))) {
            store.load(in, Files.readString(tls.resolve("keystore.password")).toCharArray());
        }
        return store.getCertificate(SelfSignedCertificate.ALIAS);
    }

    private static SSLContext trusting(Certificate certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("pitwall", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private String handshake(int port, String[] protocols, String[] suites) throws Exception {
        SSLContext context = trusting(generatedCertificate());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            socket.setEnabledProtocols(protocols);
            if (suites != null) {
                socket.setEnabledCipherSuites(suites);
            }
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    private static List<Connector> connectors(ConfigurableApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        return List.of(server.getTomcat().getService().findConnectors());
    }

    private static SSLHostConfig sslHostConfig(ConfigurableApplicationContext context) {
        Connector secure = connectors(context).stream()
                .filter(Connector::getSecure)
                .findFirst()
                .orElseThrow();
        SSLHostConfig[] configs = ((AbstractHttp11Protocol<?>) secure.getProtocolHandler()).findSslHostConfigs();
        assertThat(configs).hasSize(1);
        return configs[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Only what serving needs: the Tomcat factory, SSL bundles, the TLS setup and an echoing servlet. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        SslAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class
    })
    @EnableConfigurationProperties(PitwallProperties.class)
    @Import(TlsConfiguration.class)
    static class WebServerOnly {

        @Bean
        ServletRegistrationBean<HttpServlet> echo() {
            HttpServlet echo = new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                    response.setContentType("text/plain");
                    response.getWriter().print("served " + request.getMethod() + " " + request.getRequestURI() + query);
                }
            };
            return new ServletRegistrationBean<>(echo, "/*");
        }
    }
}
