package app.pitwall.platform.web;

import java.util.Set;

/**
 * One destination of the staff pages' main navigation. Each module that has pages declares its links as beans, one
 * line each ({@code new NavigationLink(Group.SETTINGS, 840, "/settings/locations", "nav.locations")}); the layout
 * shows a user the links whose page they may open, grouped, and nothing else. Whether they may is read from the page's
 * own handler (the permission it declares), never declared twice: a link whose path answers no declared page is never
 * shown.
 *
 * @param group the group the link is shown in
 * @param order position within the group, lowest first
 * @param path where the link goes (a page answering GET); also the prefix that marks it as the current section
 * @param labelKey the message key of the link text
 * @param startPageOf the codes of the roles ({@code technician}) that land on this page after signing in; everyone
 *     else lands on the first link they may follow
 */
public record NavigationLink(Group group, int order, String path, String labelKey, Set<String> startPageOf) {

    public NavigationLink {
        startPageOf = Set.copyOf(startPageOf);
    }

    public NavigationLink(Group group, int order, String path, String labelKey) {
        this(group, order, path, labelKey, Set.of());
    }

    /**
     * The groups of the navigation, in the order shown. A group appears only for a user who may follow one of its
     * links, so groups of modules still to come cost nothing.
     */
    public enum Group {
        FRONT_DESK("nav.group.frontDesk"),
        CUSTOMERS("nav.group.customers"),
        PARTS("nav.group.parts"),
        MONEY("nav.group.money"),
        REPORTS("nav.group.reports"),
        SETTINGS("nav.group.settings");

        private final String labelKey;

        Group(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }
}
