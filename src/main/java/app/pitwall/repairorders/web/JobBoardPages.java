package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.repairorders.Board;
import app.pitwall.repairorders.JobBoard;
import app.pitwall.repairorders.api.MoneyText;
import app.pitwall.repairorders.api.RepairOrderView;
import app.pitwall.tenancy.Location;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The job board: a location's open repair orders in one column per status, filtered by advisor and technician, for a
 * shop-floor screen. The board polls itself every ten seconds through htmx (the answer to an htmx request is the board
 * alone), and each card offers the moves the user may make now as buttons.
 */
@Controller
class JobBoardPages {

    private final JobBoard board;
    private final RepairOrderLookups lookups;
    private final MessageSource messages;

    JobBoardPages(JobBoard board, RepairOrderLookups lookups, MessageSource messages) {
        this.board = board;
        this.lookups = lookups;
        this.messages = messages;
    }

    /** One column of the board. */
    record ColumnView(String status, List<CardView> cards) {}

    /** One order on the board; {@code total} only for staff who see money. */
    record CardView(
            UUID id,
            long number,
            String status,
            String statusReason,
            String customerName,
            String vehicleLabel,
            String advisor,
            List<String> technicians,
            String promised,
            boolean overdue,
            int jobCount,
            int jobsDone,
            String total,
            List<RepairOrderView.Move> moves,
            int version) {}

    @GetMapping("/job-board")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    String board(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Pattern(regexp = RepairOrderForms.UUID_TEXT) String locationId,
            @RequestParam(defaultValue = "") @Pattern(regexp = RepairOrderForms.UUID_TEXT) String advisor,
            @RequestParam(defaultValue = "") @Pattern(regexp = RepairOrderForms.UUID_TEXT) String technician,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<Location> usable = lookups.usableLocations(actor);
        UUID location = locationId.isBlank()
                ? usable.stream()
                        .findFirst()
                        .map(found -> found.id().value())
                        .orElseThrow(() -> new NotFoundException("Location"))
                : UUID.fromString(locationId);
        Board read = board.board(actor, location, RepairOrderForms.uuid(advisor), RepairOrderForms.uuid(technician));
        ZoneId zone = ZoneId.of(read.timeZone());
        String self = UriComponentsBuilder.fromPath("/job-board")
                .queryParam("locationId", location)
                .queryParamIfPresent("advisor", java.util.Optional.ofNullable(advisor.isBlank() ? null : advisor))
                .queryParamIfPresent(
                        "technician", java.util.Optional.ofNullable(technician.isBlank() ? null : technician))
                .build()
                .toUriString();
        model.addAttribute(
                "columns",
                read.columns().stream()
                        .map(column -> new ColumnView(
                                column.status().name(),
                                column.cards().stream()
                                        .map(card -> card(card, zone))
                                        .toList()))
                        .toList());
        model.addAttribute("self", self);
        model.addAttribute("locationId", location.toString());
        model.addAttribute("advisor", advisor);
        model.addAttribute("technician", technician);
        model.addAttribute(
                "locations",
                usable.stream()
                        .map(found ->
                                new RepairOrderLookups.Choice(found.id().value().toString(), found.name()))
                        .toList());
        String anyone = messages.getMessage("jb.anyone", null, locale);
        model.addAttribute("advisors", withAnyone(lookups.advisors(actor, location), anyone));
        model.addAttribute("technicians", withAnyone(lookups.technicians(actor, location), anyone));
        model.addAttribute("readAt", RepairOrderLookups.shown(read.at(), zone));
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "job-board/board :: board" : "job-board/board";
    }

    private static List<RepairOrderLookups.Choice> withAnyone(List<RepairOrderLookups.Choice> people, String anyone) {
        List<RepairOrderLookups.Choice> all = new java.util.ArrayList<>();
        all.add(new RepairOrderLookups.Choice("", anyone));
        all.addAll(people);
        return all;
    }

    private static CardView card(Board.Card card, ZoneId zone) {
        return new CardView(
                card.id().value(),
                card.number(),
                card.status().name(),
                card.statusReason(),
                card.customerName(),
                card.vehicleLabel(),
                card.serviceAdvisor() == null ? null : card.serviceAdvisor().name(),
                card.technicians().stream()
                        .map(Board.Person::name)
                        .filter(Objects::nonNull)
                        .toList(),
                RepairOrderLookups.shown(card.promisedAt(), zone),
                card.overdue(),
                card.jobCount(),
                card.jobsDone(),
                card.total() == null ? null : MoneyText.text(card.total()) + " " + card.currency(),
                card.moves().stream()
                        .map(to -> RepairOrderPageViews.move(card.status(), to))
                        .flatMap(java.util.Optional::stream)
                        .toList(),
                card.version());
    }
}
