package app.pitwall.platform.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Source addresses as people read them. The servlet container gives IPv6 in its long form ({@code
 * 0:0:0:0:0:0:0:1}); shown, an address takes its shortest standard form (RFC 5952: lower case, no
 * leading zeros, the longest run of zero groups as {@code ::}; an IPv4 address mapped into IPv6 as
 * the IPv4 address), and the loopback addresses are recognised as the machine Pitwall runs on. Text
 * that is not an address literal is returned as it is; nothing here looks a name up.
 */
public final class SourceAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private SourceAddresses() {}

    /** The address in its shortest standard form; null stays null. */
    public static String normalised(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        String zone = "";
        int percent = text.indexOf('%');
        if (percent > 0) {
            zone = text.substring(percent);
            text = text.substring(0, percent);
        }
        int[] v4 = ipv4(text);
        if (v4 != null) {
            return v4[0] + "." + v4[1] + "." + v4[2] + "." + v4[3];
        }
        int[] groups = ipv6(text);
        if (groups == null) {
            return raw;
        }
        if (groups[0] == 0
                && groups[1] == 0
                && groups[2] == 0
                && groups[3] == 0
                && groups[4] == 0
                && groups[5] == 0xffff) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        return compressed(groups) + zone.toLowerCase(Locale.ROOT);
    }

    /** Whether the address is this machine's own: 127.0.0.0/8, {@code ::1}, or 127.x mapped into IPv6. */
    public static boolean loopback(String raw) {
        String shown = normalised(raw);
        if (shown == null) {
            return false;
        }
        if (shown.equals("::1")) {
            return true;
        }
        int[] v4 = ipv4(shown);
        return v4 != null && v4[0] == 127;
    }

    private static int[] ipv4(String text) {
        var matcher = IPV4.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int[] parts = new int[4];
        for (int i = 0; i < 4; i++) {
            parts[i] = Integer.parseInt(matcher.group(i + 1));
            if (parts[i] > 255) {
                return null;
            }
        }
        return parts;
    }

    /** The eight 16-bit groups of an IPv6 literal, or null when it is none. */
    private static int[] ipv6(String text) {
        if (!IPV6.matcher(text).matches() || !text.contains(":")) {
            return null;
        }
        int[] groups = new int[8];
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? text.substring(0, gap) : text;
        String tail = gap >= 0 ? text.substring(gap + 2) : "";
        int[] front = groups(head, gap < 0 || tail.isEmpty());
        int[] back = gap >= 0 ? groups(tail, true) : new int[0];
        if (front == null || back == null) {
            return null;
        }
        int given = front.length + back.length;
        if (gap < 0 ? given != 8 : given > 7) {
            return null;
        }
        System.arraycopy(front, 0, groups, 0, front.length);
        System.arraycopy(back, 0, groups, 8 - back.length, back.length);
        return groups;
    }

    /** Colon-separated groups; the last may be a dotted IPv4 address (two groups) when {@code last}. */
    private static int[] groups(String text, boolean last) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int[] v4 = last ? ipv4(parts[parts.length - 1]) : null;
        int count = parts.length + (v4 != null ? 1 : 0);
        int[] groups = new int[count];
        for (int i = 0; i < parts.length - (v4 != null ? 1 : 0); i++) {
            if (parts[i].isEmpty() || parts[i].length() > 4 || parts[i].contains(".")) {
                return null;
            }
            groups[i] = Integer.parseInt(parts[i], 16);
        }
        if (v4 != null) {
            groups[count - 2] = v4[0] << 8 | v4[1];
            groups[count - 1] = v4[2] << 8 | v4[3];
        }
        return groups;
    }

    /** RFC 5952 section 4: the first longest run of two or more zero groups becomes {@code ::}. */
    private static String compressed(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
