package org.zhaokao.notification.infrastructure.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.zhaokao.notification.application.delivery.OutgoingMessage;

/**
 * Builds the e-mail of a delivery: {@code multipart/alternative} with the plain text and an HTML
 * version made from it, both UTF-8; the subject encoded per RFC 2047 so Chinese survives every mail
 * client.
 */
public final class MailComposer {

  /** Header naming the delivery, so a bounce or a complaint can be traced back. */
  public static final String DELIVERY_HEADER = "X-Zhaokao-Delivery";

  private static final String UTF8 = StandardCharsets.UTF_8.name();

  private MailComposer() {}

  /**
   * The message for {@code m}, from the session's {@code mail.from}.
   *
   * @throws MessagingException if the address is not a valid e-mail address
   */
  public static MimeMessage compose(Session session, OutgoingMessage m) throws MessagingException {
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom();
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(m.address(), true));
    mail.setSubject(m.subject(), UTF8);
    mail.setSentDate(new Date());
    mail.setHeader("Content-Language", m.locale().toLanguageTag());
    mail.setHeader(DELIVERY_HEADER, m.deliveryId());

    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.body(), UTF8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(EmailHtml.of(m.subject(), m.body(), m.locale()), UTF8, "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    mail.setContent(alternative);
    mail.saveChanges();
    return mail;
  }
}
