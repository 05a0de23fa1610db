package app.pitwall.platform.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A printed repair-order document (A4/Letter-neutral margins, the standard Helvetica fonts, so nothing is embedded or
 * fetched): the shop's header, headings, label/value lines and tables, written with OpenPDF.
 */
public final class PrintedPage {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    public static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final Document document;

    private PrintedPage(Document document) {
        this.document = document;
    }

    /** Writes a document with {@code content} and answers its bytes. */
    public static byte[] write(String title, Consumer<PrintedPage> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Pitwall");
            document.open();
            content.accept(new PrintedPage(document));
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** The shop's logo (PNG or JPEG; an SVG logo is left out) and name, with the location below. */
    public void shop(byte[] logo, String shopName, String location) {
        if (logo != null) {
            try {
                Image image = Image.getInstance(logo);
                image.scaleToFit(140, 48);
                add(image);
            } catch (IOException | RuntimeException unreadable) {
                // A logo OpenPDF cannot read leaves the name alone, as for a shop without a logo.
            }
        }
        add(new Paragraph(shopName, HEADING));
        if (location != null) {
            add(new Paragraph(location, BODY));
        }
    }

    public void title(String text) {
        Paragraph title = new Paragraph(text, TITLE);
        title.setSpacingBefore(10);
        title.setSpacingAfter(6);
        add(title);
    }

    public void heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        add(heading);
    }

    /** "Label: value", or nothing when there is no value. */
    public void field(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph line = new Paragraph();
        line.add(new Phrase(label + ": ", BOLD));
        line.add(new Phrase(value, BODY));
        add(line);
    }

    /** "Label:" and each entry on a line of its own, or nothing when there are none. */
    public void list(String label, java.util.List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        add(new Paragraph(label + ":", BOLD));
        com.lowagie.text.List items = new com.lowagie.text.List(false, 12);
        items.setListSymbol("•");
        for (String entry : entries) {
            items.add(new com.lowagie.text.ListItem(entry, BODY));
        }
        add(items);
    }

    /** A paragraph of text, or nothing when there is none. */
    public void text(String value, Font font) {
        if (value == null || value.isBlank()) {
            return;
        }
        add(new Paragraph(value, font));
    }

    /** A table with the given relative widths, its header row in bold; rows are added with {@link #cell}. */
    public PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        return table;
    }

    public static void cell(PdfPTable table, String text, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, BODY));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }

    public void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
