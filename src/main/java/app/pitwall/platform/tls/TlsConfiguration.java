package app.pitwall.platform.tls;

import app.pitwall.platform.PitwallProperties;
import java.time.Clock;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Puts the embedded Tomcat on HTTPS, so that Pitwall is encrypted out of the box with nothing configured.
 *
 * <p>The mode is decided once, when the web server is created:
 *
 * <ol>
 *   <li><b>Self-signed</b>, the default: HTTPS on {@code pitwall.https-port} (8443) with the certificate that
 *       {@link SelfSignedCertificate} keeps in {@code ${pitwall.data-dir}/tls/}.
 *   <li><b>Operator's certificate</b>: when {@code server.ssl.*} names key material (a keystore, a PEM
 *       certificate, or {@code server.ssl.bundle} naming a {@code spring.ssl.bundle.*}), it is used as given and
 *       nothing is generated, still on {@code pitwall.https-port}.
 *   <li><b>Plain HTTP behind a TLS-terminating proxy</b>: with {@code pitwall.tls.enabled=false} (or
 *       {@code server.ssl.enabled=false}) the application is served over plain HTTP on {@code pitwall.http-port}
 *       (8080), the port the proxy forwards to, with no redirect and nothing on {@code pitwall.https-port}. The
 *       proxy should send {@code X-Forwarded-*} headers and {@code server.forward-headers-strategy=native} be set,
 *       so that the application sees the scheme, host and port the browser used.
 * </ol>
 *
 * <p>Guarantees of the two HTTPS modes: only TLS 1.2 and 1.3 ({@link #PROTOCOLS}), and for TLS 1.2 only
 * ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 ({@link #CIPHERS}), unless the operator chose their own
 * {@code server.ssl.enabled-protocols} or {@code server.ssl.ciphers} (or, for a bundle, its own options). When
 * {@code pitwall.http-port} is not 0 a second connector listens there and answers every request with a
 * redirect to HTTPS ({@link HttpsRedirectValve}); it never serves the application.
 *
 * <p>Spring Boot's own {@code server.port}, when set, wins over the Pitwall port of the mode, so that
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} keeps working (tests should then also set
 * {@code pitwall.http-port=0} or a free port). {@code server.address} applies to both connectors.
 */
@Configuration(proxyBeanMethods = false)
class TlsConfiguration {

    /** The TLS versions offered. */
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /** The cipher suites offered: the TLS 1.3 ones, and forward-secret AEAD ones for TLS 1.2. */
    static final String[] CIPHERS = {
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
    };

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pitwallTlsCustomizer(
            PitwallProperties properties, Environment environment, ObjectProvider<Clock> clock) {
        return new TlsCustomizer(
                properties, environment.getProperty("server.port", Integer.class), clock.getIfUnique(Clock::systemUTC));
    }

    /**
     * Applies the mode to the Tomcat factory. It runs after Spring Boot's own customizers, so it sees
     * {@code server.ssl.*} as the operator gave it and has the last word on the ports.
     */
    static final class TlsCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private static final Logger log = LoggerFactory.getLogger(TlsConfiguration.class);

        private final PitwallProperties properties;
        private final Integer serverPort;
        private final Clock clock;

        /** @param serverPort Spring Boot's {@code server.port}, or null when it is not set */
        TlsCustomizer(PitwallProperties properties, Integer serverPort, Clock clock) {
            this.properties = properties;
            this.serverPort = serverPort;
            this.clock = clock;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            Ssl given = factory.getSsl();
            if (!properties.tls().enabled() || (given != null && !given.isEnabled())) {
                servePlain(factory);
            } else {
                serveHttps(factory, given != null ? given : new Ssl());
            }
        }

        private void servePlain(TomcatServletWebServerFactory factory) {
            int port = serverPort != null ? serverPort : properties.httpPort();
            if (serverPort == null && port == 0) {
                throw new IllegalStateException("With TLS disabled the application is served on pitwall.http-port,"
                        + " which is 0; set pitwall.http-port (or server.port) to the port the proxy forwards to");
            }
            factory.setSsl(null);
            factory.setPort(port);
            log.info("TLS is disabled: serving plain HTTP on port {} for a TLS-terminating proxy", port);
        }

        private void serveHttps(TomcatServletWebServerFactory factory, Ssl ssl) {
            if (hasKeyMaterial(ssl)) {
                log.info("Serving HTTPS with the certificate configured under server.ssl");
            } else {
                useSelfSigned(ssl);
            }
            if (!StringUtils.hasText(ssl.getBundle())) {
                if (ssl.getEnabledProtocols() == null) {
                    ssl.setEnabledProtocols(PROTOCOLS.clone());
                }
                if (ssl.getCiphers() == null) {
                    ssl.setCiphers(CIPHERS.clone());
                }
            }
            factory.setSsl(ssl);
            int httpsPort = serverPort != null ? serverPort : properties.httpsPort();
            factory.setPort(httpsPort);
            if (properties.httpPort() != 0) {
                if (properties.httpPort() == httpsPort) {
                    throw new IllegalStateException("pitwall.http-port and the HTTPS port are both " + httpsPort
                            + "; give them different ports, or set pitwall.http-port=0 for no redirect");
                }
                Connector redirecting = new Connector(factory.getProtocol());
                redirecting.setPort(properties.httpPort());
                redirecting.setRedirectPort(httpsPort);
                if (factory.getAddress() != null) {
                    redirecting.setProperty("address", factory.getAddress().getHostAddress());
                }
                factory.addAdditionalConnectors(redirecting);
                factory.addEngineValves(new HttpsRedirectValve(redirecting, properties.publicHost()));
                log.info("Plain HTTP on port {} redirects to HTTPS on port {}", properties.httpPort(), httpsPort);
            }
        }

        private void useSelfSigned(Ssl ssl) {
            SelfSignedCertificate certificate =
                    SelfSignedCertificate.obtain(properties.dataDir().resolve("tls"), clock);
            ssl.setKeyStore(certificate.keyStore().toUri().toString());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(certificate.password());
            ssl.setKeyAlias(certificate.alias());
            log.info(
                    "Serving HTTPS with the self-signed certificate in {} (SHA-256 {})",
                    certificate.keyStore(),
                    certificate.fingerprint());
        }

        private static boolean hasKeyMaterial(Ssl ssl) {
            return StringUtils.hasText(ssl.getBundle())
                    || StringUtils.hasText(ssl.getKeyStore())
                    || StringUtils.hasText(ssl.getCertificate());
        }
    }
}
