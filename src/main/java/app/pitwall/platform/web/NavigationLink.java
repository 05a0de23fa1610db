package app.pitwall.platform.web;

/**
 * One entry of the staff pages' main navigation. Each module that has pages declares its links as beans; the layout
 * shows those whose permission the signed-in user holds, in {@code order}.
 *
 * @param order position in the navigation, lowest first (customers 100, vehicles 110, ...)
 * @param path where the link goes; also the prefix that marks it as the current section
 * @param labelKey the message key of the link text
 * @param permission the permission code the user needs to see the link, e.g. {@code customers:read}; null for a link
 *     every signed-in user sees (their own account)
 */
public record NavigationLink(int order, String path, String labelKey, String permission) {}
