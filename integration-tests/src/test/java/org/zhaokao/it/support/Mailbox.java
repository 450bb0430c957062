package org.zhaokao.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) the test server sends to, and what arrived there. */
public final class Mailbox implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

  private final GreenMail smtp;

  private Mailbox(GreenMail smtp) {
    this.smtp = smtp;
  }

  /** Starts SMTP on the port the test server sends to ({@code zhaokao.it.smtp.port}). */
  public static Mailbox start() {
    int port = Integer.parseInt(System.getProperty("zhaokao.it.smtp.port", "3125"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return new Mailbox(smtp);
  }

  /** Every message received for {@code address}, oldest first. */
  public List<MimeMessage> to(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(address))
        .toList();
  }

  /** Waits until {@code address} has received {@code count} messages. */
  public void awaitMessages(String address, int count) {
    Eventually.await(
        count + " message(s) to " + address,
        Duration.ofSeconds(30),
        () -> to(address).size() >= count ? Optional.of(true) : Optional.empty());
  }

  /** The six-digit code of the newest message to {@code address}, waiting for it to arrive. */
  public String awaitCode(String address, int messagesBefore) {
    return Eventually.await(
        "a code mailed to " + address,
        Duration.ofSeconds(30),
        () -> {
          List<MimeMessage> mails = to(address);
          if (mails.size() <= messagesBefore) {
            return Optional.empty();
          }
          Matcher m = CODE.matcher(text(mails.get(mails.size() - 1)));
          return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
  }

  /** The plain-text part of a message, decoded. */
  public static String text(MimeMessage m) {
    try {
      Object content = m.getContent();
      if (content instanceof Multipart parts) {
        return String.valueOf(parts.getBodyPart(0).getContent());
      }
      return String.valueOf(content);
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
