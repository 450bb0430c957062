package org.zhaokao.notification.application.sms;

import org.zhaokao.notification.application.delivery.SendOutcome;

/**
 * An SMS provider (短信网关). One is active at a time, chosen by the setting {@code
 * zhaokao.notification.sms.provider} matching its {@link #id()}. An implementation reads its own
 * settings under {@code zhaokao.notification.sms.<id>.} at every send, never logs a secret, and
 * classifies its provider's answers: transient (retry) or permanent (dead-letter).
 */
public interface SmsGateway {

  /** The provider's id in settings: {@code aliyun}, {@code http}. */
  String id();

  /** One attempt to send {@code message}. */
  SendOutcome send(SmsMessage message);
}
