package org.zhaokao.notification.application.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.application.delivery.ChannelSender;
import org.zhaokao.notification.application.delivery.OutgoingMessage;
import org.zhaokao.notification.application.delivery.SendOutcome;
import org.zhaokao.plugins.api.NotificationChannel;

/** SMS through the gateway the setting {@code zhaokao.notification.sms.provider} names. */
@ApplicationScoped
public class SmsSender implements ChannelSender {

  @Inject @Any private Instance<SmsGateway> gateways;

  @Override
  public NotificationChannel channel() {
    return NotificationChannel.SMS;
  }

  @Override
  public SendOutcome send(OutgoingMessage m) {
    Optional<String> provider = NotificationSettings.text("sms.provider");
    if (provider.isEmpty()) {
      return SendOutcome.permanent(
          "no SMS gateway is configured: set "
              + NotificationSettings.PREFIX
              + "sms.provider to aliyun or http, then resend");
    }
    for (SmsGateway gateway : gateways) {
      if (gateway.id().equals(provider.get())) {
        return gateway.send(
            new SmsMessage(
                m.deliveryId(), m.eventType(), m.address(), m.body(), m.templateParameters()));
      }
    }
    return SendOutcome.permanent(
        "unknown SMS provider '" + provider.get() + "': use aliyun or http, then resend");
  }
}
