package app.pitwall.identity.internal;

import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Problems;
import app.pitwall.platform.web.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The HTTP security of the whole service: who the caller is (session cookie), CSRF for every
 * unsafe cookie-authenticated request, same-origin checks, and the security headers on every
 * response. What a caller may do is decided per handler by {@code PermissionInterceptor}. Only in a
 * web application: command-line runs (such as {@code audit verify}) have no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    static final String CSRF_COOKIE = "__Host-pitwall-csrf";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http, AccessCredentials credentials, Principals principals, ApiTokenAuthentication apiTokens)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setHeaderName(CSRF_HEADER);
        csrfTokens.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).secure(true).sameSite("Strict").path("/"));
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenSources())
                        .requireCsrfProtectionMatcher(WebSecurity::needsCsrfToken))
                .addFilterBefore(new SameOriginFilter(), CsrfFilter.class)
                .addFilterBefore(new SessionAuthenticationFilter(credentials, principals, apiTokens), CsrfFilter.class)
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(paths.matcher("/actuator/**"))
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(WebSecurity::refuse)
                        .authenticationEntryPoint((request, response, failure) -> Problems.refuse(
                                request, response, ProblemType.UNAUTHENTICATED, "Sign in to continue.")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(SecurityHeaders.HSTS_MAX_AGE_SECONDS)
                                .requestMatcher(AnyRequestMatcher.INSTANCE))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .addHeaderWriter(
                                new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
        return http.build();
    }

    /**
     * A refusal of the filter chain: a missing or wrong CSRF token says so; anything else it refuses (the actuator
     * beyond the health probes) does not exist for the caller.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            Problems.refuse(
                    request, response, ProblemType.CSRF, "The request lacks a valid CSRF token; nothing was changed.");
        } else {
            Problems.refuse(request, response, ProblemType.NOT_FOUND, "No such resource.");
        }
    }

    /** Unsafe methods need a token unless the caller authenticates by header rather than cookie. */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return !bearer || SessionCookies.read(request, SessionCookies.ACCESS).isPresent();
    }
}
