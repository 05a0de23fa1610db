package app.pitwall.billing;

import java.time.LocalDate;

/**
 * Which documents a list shows: all filters optional. {@code payer} is a directory payer; {@code party} the customer
 * or the shop; {@code from} and {@code to} are inclusive days (UTC) of posting, or of drafting for a draft.
 */
public record InvoiceQuery(Invoice.Status status, PayerId payer, BillTo.Party party, LocalDate from, LocalDate to) {}
