package app.pitwall.identity.web;

import java.util.List;
import java.util.Locale;

/**
 * Names the browser and system of a session from its User-Agent, roughly, so that people recognise their devices in
 * a list ("Firefox", "Windows"); the full text stays available to those who want it.
 */
final class Devices {

    private static final List<String[]> BROWSERS = List.of(
            new String[] {"edg/", "Edge"},
            new String[] {"opr/", "Opera"},
            new String[] {"firefox/", "Firefox"},
            new String[] {"chromium/", "Chromium"},
            new String[] {"headlesschrome/", "Chromium"},
            new String[] {"chrome/", "Chrome"},
            new String[] {"crios/", "Chrome"},
            new String[] {"safari/", "Safari"},
            new String[] {"curl/", "curl"},
            new String[] {"java-http-client", "Java"});

    private static final List<String[]> SYSTEMS = List.of(
            new String[] {"android", "Android"},
            new String[] {"iphone", "iPhone"},
            new String[] {"ipad", "iPad"},
            new String[] {"windows", "Windows"},
            new String[] {"mac os x", "macOS"},
            new String[] {"cros", "ChromeOS"},
            new String[] {"linux", "Linux"});

    private Devices() {}

    /** A browser and a system; either is null when the User-Agent does not say. */
    record Device(String browser, String system) {}

    static Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return new Device(first(BROWSERS, lower), first(SYSTEMS, lower));
    }

    private static String first(List<String[]> names, String text) {
        return names.stream()
                .filter(name -> text.contains(name[0]))
                .map(name -> name[1])
                .findFirst()
                .orElse(null);
    }
}
