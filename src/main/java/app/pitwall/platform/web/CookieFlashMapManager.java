package app.pitwall.platform.web;

import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flash attributes (what a POST hands to the page it redirects to, shown once) kept in the browser instead of a server
 * session, which Pitwall does not have: one cookie, encrypted and authenticated with AES-GCM under a key all
 * instances share, {@code HttpOnly}, {@code Secure}, {@code SameSite=Strict}, living two minutes at most. Spring MVC
 * removes an attribute once the page it was meant for has read it, so a reload shows it no more. Only text values
 * are kept.
 */
final class CookieFlashMapManager extends AbstractFlashMapManager {

    static final String COOKIE = "__Host-pitwall-flash";

    private static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final byte[] CONTEXT = COOKIE.getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AesGcmJce cipher;

    CookieFlashMapManager(byte[] key) {
        try {
            this.cipher = new AesGcmJce(java.util.Arrays.copyOf(key, 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the flash key", e);
        }
        setFlashMapTimeout((int) LIFETIME.toSeconds());
    }

    /** One flash map as kept in the cookie. */
    record Kept(String path, Map<String, String> params, long expires, Map<String, String> values) {}

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return read(cookie.getValue());
            }
        }
        return null;
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> maps, HttpServletRequest request, HttpServletResponse response) {
        String value = maps.isEmpty() ? "" : write(maps);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path("/")
                .maxAge(maps.isEmpty() ? Duration.ZERO : LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private List<FlashMap> read(String value) {
        try {
            byte[] plain = cipher.decrypt(Base64.getUrlDecoder().decode(value), CONTEXT);
            List<Kept> kept = JSON.readValue(plain, new TypeReference<List<Kept>>() {});
            List<FlashMap> maps = new ArrayList<>();
            for (Kept one : kept) {
                FlashMap map = new FlashMap();
                map.setTargetRequestPath(one.path());
                one.params().forEach(map::addTargetRequestParam);
                map.putAll(one.values());
                map.setExpirationTime(one.expires());
                maps.add(map);
            }
            return maps;
        } catch (GeneralSecurityException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    private String write(List<FlashMap> maps) {
        List<Kept> kept = new ArrayList<>();
        for (FlashMap map : maps) {
            Map<String, String> values = new LinkedHashMap<>();
            map.forEach((name, value) -> {
                if (!(value instanceof String text)) {
                    throw new IllegalArgumentException("Flash attribute '" + name + "' must be text");
                }
                values.put(name, text);
            });
            Map<String, String> params = new LinkedHashMap<>();
            map.getTargetRequestParams().forEach((name, list) -> {
                if (!list.isEmpty()) {
                    params.put(name, list.get(0));
                }
            });
            kept.add(new Kept(map.getTargetRequestPath(), params, map.getExpirationTime(), values));
        }
        try {
            byte[] sealed = cipher.encrypt(JSON.writeValueAsBytes(kept), CONTEXT);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the flash attributes", e);
        }
    }
}
