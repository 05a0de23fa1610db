package app.pitwall.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.support.RandomOrders;
import app.pitwall.support.Seeds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A property test of credit notes over thousands of random invoices (seeded, printing its seed): a whole credit note
 * nets its invoice to zero in every amount and tax; any run of partial credits (by line, by amount) reconciles, never
 * credits more than was invoiced, and a final whole credit brings what is owed to exactly zero.
 */
class CreditNotesPropertyTest {

    private static final int ORDERS = 2_000;

    @Test
    void wholeCreditNotesNetToZeroAndPartialOnesNeverCreditMoreThanWasInvoiced() {
        Seeds.Seeded seeded = Seeds.random("CreditNotesPropertyTest");
        Random random = seeded.random();
        int partials = 0;
        for (int n = 0; n < ORDERS; n++) {
            RepairOrder order = RandomOrders.approved(random);
            Splitting.Drafted drafted = Splitting.split(
                            order.pricing(), order.jobs(), new Split(Split.Basis.WHOLE, List.of()),
                            BillTo.customer("Rosa Diaz", false))
                    .get(0);
            Invoice invoice = posted(drafted);
            String context = seeded.describe("order " + n);
            if (invoice.amounts().total().signum() <= 0) {
                continue;
            }
            CreditNotes.Credit whole = CreditNotes.of(invoice, List.of(), List.of(), null);
            assertNetsToZero(invoice.amounts(), whole.amounts(), context);

            List<Invoice> earlier = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                CreditNotes.Credit partial;
                try {
                    partial = partial(invoice, earlier, random);
                } catch (ConflictException | InvalidInputException refused) {
                    continue;
                }
                assertThat(partial.amounts().reconciles()).as(context).isTrue();
                assertThat(partial.amounts().total().signum()).as(context).isNegative();
                earlier.add(posted(new Splitting.Drafted(invoice.billTo(), partial.lines(), partial.amounts())));
                assertThat(owed(invoice, earlier).signum()).as(context).isNotNegative();
                partials++;
            }
            if (owed(invoice, earlier).signum() > 0) {
                CreditNotes.Credit rest = CreditNotes.of(invoice, earlier, List.of(), null);
                earlier.add(posted(new Splitting.Drafted(invoice.billTo(), rest.lines(), rest.amounts())));
            }
            assertThat(owed(invoice, earlier).isZero()).as(context).isTrue();
        }
        assertThat(partials).as(seeded.describe("partial credits")).isGreaterThan(ORDERS);
    }

    private static CreditNotes.Credit partial(Invoice invoice, List<Invoice> earlier, Random random) {
        if (random.nextBoolean()) {
            List<Integer> positions = new ArrayList<>();
            for (InvoiceLine line : invoice.lines()) {
                if (random.nextInt(3) == 0) {
                    positions.add(line.position());
                }
            }
            return CreditNotes.of(invoice, earlier, positions.isEmpty() ? List.of(1) : positions, null);
        }
        Money left = owed(invoice, earlier);
        int scale = Money.scale(left.currency());
        long units = left.amount().movePointRight(scale).longValueExact();
        BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * units), scale);
        return CreditNotes.of(invoice, earlier, List.of(), amount);
    }

    private static void assertNetsToZero(InvoiceAmounts invoice, InvoiceAmounts credit, String context) {
        assertThat(credit.reconciles()).as(context).isTrue();
        assertThat(invoice.total().plus(credit.total()).isZero()).as(context).isTrue();
        assertThat(invoice.labor().plus(credit.labor()).isZero()).as(context).isTrue();
        assertThat(invoice.parts().plus(credit.parts()).isZero()).as(context).isTrue();
        assertThat(invoice.fees().plus(credit.fees()).isZero()).as(context).isTrue();
        assertThat(invoice.discounts().plus(credit.discounts()).isZero()).as(context).isTrue();
        assertThat(invoice.tax().plus(credit.tax()).isZero()).as(context).isTrue();
    }

    private static Money owed(Invoice invoice, List<Invoice> credits) {
        Money owed = invoice.amounts().total();
        for (Invoice credit : credits) {
            owed = owed.plus(credit.amounts().total());
        }
        return owed;
    }

    private static Invoice posted(Splitting.Drafted drafted) {
        Invoice.Header header = new Invoice.Header(
                new TenantId(UUID.randomUUID()),
                InvoiceId.random(),
                Invoice.Document.INVOICE,
                new app.pitwall.repairorders.RepairOrderId(UUID.randomUUID()),
                1001,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                false,
                null,
                Instant.EPOCH,
                null);
        Invoice.Numbering numbering =
                new Invoice.Numbering("INV-00001", UUID.randomUUID(), 1, Instant.EPOCH, null, null);
        return Invoice.restore(
                header, drafted.billTo(), drafted.lines(), drafted.amounts(), null, null, Invoice.Status.POSTED,
                numbering, 1);
    }
}
