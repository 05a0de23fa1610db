package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Page;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /appointments}: a location's calendar by day or by week ({@code ?view=day|week&date=&location=}), bays and
 * technicians as lanes, on the location's own clock whatever the browser's or the server's zone. Today is today where
 * the shop is. Cancelled appointments are left out.
 */
@Controller
class CalendarPage {

    static final String PATH = "/appointments";
    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_HEAD = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int PAGE = 500;

    private final Appointments appointments;
    private final ActorLocations locations;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPage(Appointments appointments, ActorLocations locations, MessageSource messages, Clock clock) {
        this.appointments = appointments;
        this.locations = locations;
        this.messages = messages;
        this.clock = clock;
    }

    /** A column of the week view. */
    record DayHead(String date, String label, boolean today) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    ModelAndView calendar(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String location,
            Locale locale) {
        boolean week = "week".equals(view);
        if (view != null && !view.isBlank() && !week && !"day".equals(view)) {
            throw new InvalidInputException("view", "day or week");
        }
        Location shop = locations.chosen(actor, location);
        ZoneId zone = shop.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate day = parseDate(date, today);
        LocalDate first = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate end = first.plusDays(week ? 7 : 1);
        List<CalendarCard> cards = bookings(actor, shop, first, end).stream()
                .filter(booking -> booking.appointment().status() != Appointment.Status.CANCELLED)
                .map(booking -> CalendarCard.of(booking, zone))
                .toList();
        Appointments.Resources resources =
                appointments.resources(actor, shop.id().value());
        List<CalendarGrid.Lane> lanes =
                CalendarGrid.lanes(resources, cards, messages.getMessage("calendar.unassigned", null, locale));
        List<LocalDate> days =
                Stream.iterate(first, d -> d.isBefore(end), d -> d.plusDays(1)).toList();

        ModelAndView page = new ModelAndView("appointments/calendar");
        page.addObject("week", week);
        page.addObject("view", week ? "week" : "day");
        page.addObject("date", day.toString());
        page.addObject("location", shop.id().value().toString());
        page.addObject("locationName", shop.name());
        page.addObject("locations", locations.choices(actor));
        page.addObject("zone", zone.getId());
        page.addObject(
                "range",
                week ? first.format(DAY_HEAD) + " – " + end.minusDays(1).format(DAY_HEAD) : day.format(DAY_TITLE));
        page.addObject("previous", (week ? first.minusWeeks(1) : day.minusDays(1)).toString());
        page.addObject("next", (week ? first.plusWeeks(1) : day.plusDays(1)).toString());
        page.addObject("today", today.toString());
        page.addObject("lanes", lanes);
        page.addObject("cards", cards);
        page.addObject("canBook", actor.can(Permission.APPOINTMENTS_WRITE));
        if (week) {
            page.addObject(
                    "days",
                    days.stream()
                            .map(d -> new DayHead(d.toString(), d.format(DAY_HEAD), d.equals(today)))
                            .toList());
            page.addObject("rows", CalendarGrid.week(lanes, cards, days));
        } else {
            page.addObject("hours", CalendarGrid.day(lanes, cards));
        }
        return page;
    }

    private List<Booking> bookings(Actor actor, Location shop, LocalDate first, LocalDate end) {
        ZoneId zone = shop.timeZone();
        List<Booking> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<Booking> page = appointments.list(
                    actor,
                    shop.id().value(),
                    first.atStartOfDay(zone).toInstant(),
                    end.atStartOfDay(zone).toInstant(),
                    PAGE,
                    cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    private static LocalDate parseDate(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "a date such as 2026-03-02");
        }
    }
}
