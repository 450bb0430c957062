package org.zhaokao.web.recruitment;

import static org.zhaokao.web.recruitment.PdfLayout.row;
import static org.zhaokao.web.recruitment.PdfLayout.section;
import static org.zhaokao.web.recruitment.PdfLayout.table;
import static org.zhaokao.web.recruitment.PdfLayout.title;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.zhaokao.identity.application.CandidatePersonalData;
import org.zhaokao.notification.application.inbox.InboxMessage;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.CandidateDocuments;
import org.zhaokao.ui.documents.PdfFont;
import org.zhaokao.ui.documents.QrCode;

/**
 * The PDFs a candidate prints: the application form (报名表), the admission ticket (准考证) with a QR
 * code of its verification address, and the copy of their personal data (个人信息副本). Text is set in
 * Noto Sans Hans, embedded as a subset, so the PDF shows (and pdftotext extracts) the Chinese on
 * any machine; labels come from the zh bundle. The QR code is drawn as vector squares, so no image
 * library is needed.
 */
public final class CandidatePdfs {

  private static final java.time.ZoneOffset CHINA = java.time.ZoneOffset.ofHours(8);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CandidatePdfs() {}

  private static ResourceBundle labels() {
    return ResourceBundle.getBundle("org.zhaokao.web.messages", Locale.SIMPLIFIED_CHINESE);
  }

  /** The application form (报名表). */
  public static void form(ApplicationView a, Optional<byte[]> photo, OutputStream out) {
    ResourceBundle l = labels();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      title(doc, a.recruitmentTitle(), l.getString("pdf.form.title"));
      photo(doc, photo);
      PdfPTable t = table();
      ApplicationView.Candidate c = a.candidate();
      row(t, l.getString("account.name"), c.name());
      row(t, l.getString("account.gender"), l.getString("gender." + c.gender()));
      row(t, l.getString("account.birthDate"), String.valueOf(c.birthDate()));
      row(t, l.getString("pdf.idNumber"), c.maskedIdNumber());
      row(t, l.getString("pdf.mobile"), c.maskedMobile());
      row(t, l.getString("position.title"), a.positionCode() + " " + a.positionTitle());
      row(t, l.getString("apply.education"), l.getString("education." + a.form().education()));
      row(t, l.getString("apply.degree"), l.getString("degree." + a.form().degree()));
      row(t, l.getString("apply.school"), a.form().school());
      row(t, l.getString("apply.major"), a.form().major());
      row(t, l.getString("apply.graduatedOn"), String.valueOf(a.form().graduatedOn()));
      row(
          t,
          l.getString("apply.politicalStatus"),
          l.getString("political." + a.form().politicalStatus()));
      row(t, l.getString("apply.experienceYears"), String.valueOf(a.form().experienceYears()));
      row(t, l.getString("apply.household"), a.form().household());
      for (Map.Entry<String, String> answer : a.answers().entrySet()) {
        row(t, answer.getKey(), answer.getValue());
      }
      row(t, l.getString("review.status"), l.getString("application.status." + a.status()));
      row(t, l.getString("pdf.submittedAt"), a.submittedAt().format(MINUTE));
      if (a.ticketNumber() != null) {
        row(t, l.getString("pdf.ticketNumber"), a.ticketNumber());
      }
      doc.add(t);
      doc.add(
          new Paragraph(
              java.text.MessageFormat.format(
                  l.getString("pdf.form.pledge"), a.pledgeVersion(), a.pledgedAt().format(MINUTE)),
              new Font(PdfFont.cjk(), 10)));
    } catch (DocumentException e) {
      throw new IllegalStateException("The application form could not be laid out", e);
    } finally {
      doc.close();
    }
  }

  /** The admission ticket (准考证) with the QR code of {@code verifyUrl}. */
  public static void ticket(
      CandidateDocuments.Ticket ticket,
      Optional<byte[]> photo,
      String verifyUrl,
      OutputStream out) {
    ResourceBundle l = labels();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      title(doc, ticket.recruitment(), l.getString("pdf.ticket.title"));
      photo(doc, photo);
      PdfPTable t = table();
      row(t, l.getString("pdf.ticketNumber"), ticket.ticketNumber());
      row(t, l.getString("account.name"), ticket.name());
      row(t, l.getString("account.gender"), l.getString("gender." + ticket.gender()));
      row(t, l.getString("pdf.idNumber"), ticket.maskedIdNumber());
      row(t, l.getString("position.title"), ticket.positionCode() + " " + ticket.position());
      row(t, l.getString("pdf.department"), ticket.department());
      row(t, l.getString("pdf.subjects"), String.join("、", ticket.examSubjects()));
      row(
          t,
          l.getString("pdf.examTime"),
          ticket
              .sitting()
              .map(
                  s ->
                      s.startsAt().atZoneSameInstant(CHINA).format(MINUTE)
                          + " – "
                          + s.endsAt().atZoneSameInstant(CHINA).format(MINUTE))
              .orElse(l.getString("pdf.examPending")));
      row(
          t,
          l.getString("pdf.examPlace"),
          ticket.sitting().map(s -> s.place()).orElse(l.getString("pdf.examPending")));
      row(t, l.getString("recruitment.contacts"), ticket.contacts());
      doc.add(t);
      doc.add(new Paragraph(l.getString("pdf.ticket.qr"), new Font(PdfFont.cjk(), 10)));
      QrCode.draw(writer.getDirectContent(), verifyUrl, doc.left(), doc.bottom() + 40, 120);
    } catch (DocumentException e) {
      throw new IllegalStateException("The admission ticket could not be laid out", e);
    } finally {
      doc.close();
    }
  }

  /**
   * A copy of one's own personal data (个人信息副本) to print or keep: the registration data in clear,
   * every application, every inbox message's date and subject. The JSON download carries the same
   * data in full.
   */
  public static void personalData(
      CandidatePersonalData.OwnCopy account,
      List<ApplicationView> applications,
      List<InboxMessage> inbox,
      OffsetDateTime exportedAt,
      OutputStream out) {
    ResourceBundle l = labels();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      title(doc, l.getString("pdf.myData.issuer"), l.getString("pdf.myData.title"));
      PdfPTable t = table();
      row(t, l.getString("account.name"), account.displayName());
      CandidatePersonalData.CandidateData c = account.candidate();
      if (c != null) {
        row(t, l.getString("account.name"), c.realName());
        row(t, l.getString("pdf.idNumber"), c.idNumber());
        row(t, l.getString("account.birthDate"), String.valueOf(c.birthDate()));
        row(t, l.getString("account.gender"), l.getString("gender." + c.gender()));
        row(t, l.getString("pdf.mobile"), c.mobile() + verified(l, c.mobileVerified()));
        row(t, l.getString("register.email"), c.email() + verified(l, c.emailVerified()));
      }
      row(t, l.getString("pdf.myData.exportedAt"), exportedAt.format(MINUTE) + " UTC");
      doc.add(t);
      section(doc, l.getString("pdf.myData.applications"));
      PdfPTable apps = table();
      for (ApplicationView a : applications) {
        row(
            apps,
            a.recruitmentTitle(),
            String.join(
                " · ",
                a.positionCode() + " " + a.positionTitle(),
                l.getString("application.status." + a.status()),
                a.submittedAt().format(MINUTE),
                a.ticketNumber() == null ? "" : a.ticketNumber()));
      }
      doc.add(apps);
      section(doc, l.getString("pdf.myData.inbox"));
      PdfPTable messages = table();
      for (InboxMessage m : inbox) {
        row(messages, m.createdAt().format(MINUTE), m.subject());
      }
      doc.add(messages);
    } catch (DocumentException e) {
      throw new IllegalStateException("The personal data copy could not be laid out", e);
    } finally {
      doc.close();
    }
  }

  private static String verified(ResourceBundle l, boolean verified) {
    return " " + l.getString(verified ? "account.verified" : "account.unverified");
  }

  /** The candidate's photo, one-inch size (25 × 35 mm), right-aligned above the table. */
  private static void photo(Document doc, Optional<byte[]> photo) throws DocumentException {
    if (photo.isEmpty()) {
      return;
    }
    try {
      com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(photo.get());
      image.scaleToFit(71, 99);
      image.setAlignment(com.lowagie.text.Image.ALIGN_RIGHT);
      image.setSpacingAfter(8);
      doc.add(image);
    } catch (java.io.IOException e) {
      throw new DocumentException(e);
    }
  }
}
