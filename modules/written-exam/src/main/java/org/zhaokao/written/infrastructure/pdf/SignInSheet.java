package org.zhaokao.written.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.zhaokao.ui.documents.PdfFont;
import org.zhaokao.ui.documents.QrCode;
import org.zhaokao.written.application.Invigilation;

/**
 * A room's sign-in sheet (考场签到表): seat by seat, a photo box (the SPI gives no registration photo),
 * name, ticket number and a column to sign; a QR code of the room's reference in the corner for
 * checking the sheet in.
 */
public final class SignInSheet {

  private static final String[] HEADER = {
    "座号 Seat", "照片 Photo", "姓名 Name", "准考证号 Ticket", "签名 Signature"
  };

  private SignInSheet() {}

  public static byte[] of(Invigilation.RoomMap room, String examTitle) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      String ref = "written-exam:room:" + room.roomId();
      QrCode.draw(
          writer.getDirectContent(),
          ref,
          PageSize.A4.getWidth() - 100,
          PageSize.A4.getHeight() - 100,
          64);
      Paragraph t = new Paragraph(examTitle + " 考场签到表", new Font(PdfFont.cjk(), 16));
      t.setAlignment(Element.ALIGN_CENTER);
      doc.add(t);
      Font body = new Font(PdfFont.cjk(), 10);
      doc.add(new Paragraph("考点 Venue: " + room.venue() + "  " + room.address(), body));
      doc.add(new Paragraph("考场 Room: " + room.room() + "  (" + room.seats().size() + ")", body));
      PdfPTable table = new PdfPTable(new float[] {1, 2, 2, 3, 3});
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      for (String h : HEADER) {
        table.addCell(cell(h, new Font(PdfFont.cjk(), 10, Font.BOLD), 18));
      }
      for (Invigilation.SeatView s : room.seats()) {
        table.addCell(cell(String.valueOf(s.seatNo()), body, 60));
        table.addCell(cell("", body, 60));
        table.addCell(cell(s.name(), body, 60));
        table.addCell(cell(s.ticketNumber(), body, 60));
        table.addCell(cell("", body, 60));
      }
      doc.add(table);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not lay out the sign-in sheet", e);
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font font, float height) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setPadding(4);
    c.setMinimumHeight(height);
    return c;
  }
}
