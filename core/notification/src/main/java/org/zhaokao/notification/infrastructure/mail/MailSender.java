package org.zhaokao.notification.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import org.zhaokao.notification.application.delivery.ChannelSender;
import org.zhaokao.notification.application.delivery.OutgoingMessage;
import org.zhaokao.notification.application.delivery.SendOutcome;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * E-mail through the WildFly mail session {@code java:jboss/mail/Zhaokao} (SMTP server, TLS, login
 * and sender configured by {@code config/cli/mail.cli}).
 */
@ApplicationScoped
public class MailSender implements ChannelSender {

  @Resource(lookup = "java:jboss/mail/Zhaokao")
  private Session session;

  @Override
  public NotificationChannel channel() {
    return NotificationChannel.EMAIL;
  }

  @Override
  public SendOutcome send(OutgoingMessage message) {
    try {
      Transport.send(MailComposer.compose(session, message));
      return SendOutcome.sent();
    } catch (AddressException e) {
      return SendOutcome.permanent("not a valid e-mail address: " + e.getMessage());
    } catch (SendFailedException e) {
      // The server refused the recipient (5xx on RCPT): retrying will not change its mind.
      if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
        return SendOutcome.permanent("the mail server refused the recipient: " + e.getMessage());
      }
      return SendOutcome.retry("the mail server did not accept the message: " + e.getMessage());
    } catch (MessagingException e) {
      return SendOutcome.retry("mail server unreachable or failing: " + e.getMessage());
    }
  }
}
