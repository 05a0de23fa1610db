package app.pitwall.audit.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.audit.internal.AuditSubjects;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.platform.Auditable.Subject;
import app.pitwall.platform.SubjectNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the audit page's filters offer, so that nobody types an id: the staff to pick "who", the
 * kinds of event the trail holds grouped by what they are about, and the customers and repair orders
 * matching what was typed. A customer is offered only to those who may read customers, a repair
 * order only to those who may read repair orders.
 */
@Component
class AuditFilterChoices {

    static final int CUSTOMERS_SHOWN = 20;
    static final int STAFF_SHOWN = 500;
    private static final Pattern ABOUT = Pattern.compile("([a-z][a-z0-9-]*):([A-Za-z0-9._-]{1,100})");

    private final AuditTrail trail;
    private final AuditSubjects subjects;
    private final MessageSource messages;

    AuditFilterChoices(AuditTrail trail, AuditSubjects subjects, MessageSource messages) {
        this.trail = trail;
        this.subjects = subjects;
        this.messages = messages;
    }

    /** An option of a select. */
    record Option(String value, String label) {}

    /** Options under a heading ({@code optgroup}). */
    record Group(String label, List<Option> options) {}

    /** The picked subject of {@code about}: {@code customer:<id>} or {@code repair-order:<id>}. */
    static Optional<Subject> about(String value) {
        var matcher = ABOUT.matcher(value == null ? "" : value);
        return matcher.matches() ? Optional.of(new Subject(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** Anyone, then the tenant's staff by name; a chosen id that is none of them stays choosable. */
    List<Option> staff(Actor actor, String chosen, Locale locale) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", messages.getMessage("audit.filter.actor.any", null, locale)));
        for (SubjectNames.Named member : subjects.choices(actor.tenantId(), "user", null, STAFF_SHOWN)) {
            options.add(new Option(member.subject().id(), member.name()));
        }
        if (chosen != null
                && options.stream().noneMatch(option -> option.value().equals(chosen))) {
            String name = subjects.names(actor.tenantId(), List.of(new Subject("user", chosen)))
                    .getOrDefault(new Subject("user", chosen), chosen);
            options.add(new Option(chosen, name));
        }
        return options;
    }

    /**
     * The kinds of event in the trail the actor may read, grouped by what they are about (the action's
     * first part), each group led by the choice of all of its kinds; a chosen action stays choosable.
     */
    List<Group> kinds(Actor actor, String chosen, Locale locale) {
        List<String> actions = new ArrayList<>(trail.actions(actor));
        if (chosen != null && !chosen.endsWith("*") && !chosen.endsWith(".") && !actions.contains(chosen)) {
            actions.add(chosen);
        }
        Map<String, List<Option>> byGroup = new LinkedHashMap<>();
        for (String action : actions) {
            String group = action.contains(".") ? action.substring(0, action.indexOf('.')) : action;
            byGroup.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(new Option(action, messages.getMessage("audit.action." + action, null, action, locale)));
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((group, options) -> {
            String label = messages.getMessage("audit.kind." + group, null, group, locale);
            List<Option> sorted = new ArrayList<>();
            sorted.add(new Option(
                    group + ".*", messages.getMessage("audit.filter.action.group", new Object[] {label}, locale)));
            options.stream().sorted(Comparator.comparing(Option::label)).forEach(sorted::add);
            groups.add(new Group(label, sorted));
        });
        groups.sort(Comparator.comparing(Group::label));
        return groups;
    }

    /** The picked subject first, then the customers and repair orders matching the typed text. */
    List<Option> about(Actor actor, Subject chosen, String typed, Locale locale) {
        List<Option> options = new ArrayList<>();
        if (chosen != null) {
            String name = subjects.names(actor.tenantId(), List.of(chosen)).get(chosen);
            options.add(option(chosen, name == null ? chosen.type() + " " + chosen.id() : name, locale));
        }
        if (typed == null || typed.isBlank()) {
            return options;
        }
        List<SubjectNames.Named> found = new ArrayList<>();
        if (actor.can(Permission.REPAIR_ORDERS_READ)) {
            found.addAll(subjects.choices(actor.tenantId(), "repair-order", typed, CUSTOMERS_SHOWN));
        }
        if (actor.can(Permission.CUSTOMERS_READ)) {
            found.addAll(subjects.choices(actor.tenantId(), "customer", typed, CUSTOMERS_SHOWN));
        }
        for (SubjectNames.Named named : found) {
            if (!named.subject().equals(chosen)) {
                options.add(option(named.subject(), named.name(), locale));
            }
        }
        return options;
    }

    private Option option(Subject subject, String name, Locale locale) {
        String label = subject.type().equals("customer")
                ? messages.getMessage("audit.filter.about.customer", new Object[] {name}, locale)
                : name;
        return new Option(subject.type() + ":" + subject.id(), label);
    }
}
