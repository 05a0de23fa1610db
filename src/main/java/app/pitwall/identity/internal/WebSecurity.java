package app.pitwall.identity.internal;

import app.pitwall.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The HTTP security of the whole service: who the caller is (session cookie), CSRF for every
 * unsafe cookie-authenticated request, same-origin checks, and the security headers on every
 * response. What a caller may do is decided per handler by {@code PermissionInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; object-src 'none'";
    static final String CSRF_COOKIE = "__Host-pitwall-csrf";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            AccessCredentials credentials,
            Principals principals,
            ApiTokenAuthentication apiTokens,
            Problems problems)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setHeaderName(CSRF_HEADER);
        csrfTokens.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).secure(true).sameSite("Strict").path("/"));
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new XorCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(WebSecurity::needsCsrfToken))
                .addFilterBefore(new SameOriginFilter(problems), CsrfFilter.class)
                .addFilterBefore(
                        new SessionAuthenticationFilter(credentials, principals, apiTokens, problems), CsrfFilter.class)
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
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> problems.write(
                                request,
                                response,
                                403,
                                "csrf",
                                "The request lacks a valid CSRF token; nothing was changed."))
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, 401, "unauthenticated", "Sign in to continue.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)
                                .requestMatcher(AnyRequestMatcher.INSTANCE))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(self), geolocation=(), microphone=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
        return http.build();
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
