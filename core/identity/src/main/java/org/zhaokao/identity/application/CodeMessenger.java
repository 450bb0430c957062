package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.identity.domain.code.CodeThrottle;
import org.zhaokao.identity.domain.code.VerificationCode;
import org.zhaokao.identity.domain.code.VerificationCodes;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.privacy.DataProtection;

/**
 * Issues a one-time code and sends it to an address — only to that address, never to the in-site
 * inbox, where someone else at the keyboard could read it. The notifier sends it once the caller's
 * transaction commits.
 */
@Stateless
public class CodeMessenger {

  @Inject private VerificationCodes codes;
  @Inject private DataProtection protection;
  @EJB private Notifier notifier;

  /**
   * @param address the clear address (mobile number or e-mail) the code goes to
   * @throws ConflictException {@code code-too-soon} while the throttle holds
   */
  public void send(
      long accountId, CodePurpose purpose, ContactChannel channel, String address, Locale locale) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    CodeThrottle.waitUntil(
            codes.newest(accountId, purpose, channel),
            codes.sentSince(accountId, now.minusHours(1)),
            now)
        .ifPresent(
            until -> {
              throw new ConflictException(
                  "code-too-soon", "A code was sent a moment ago; ask again after " + until);
            });
    String field = channel == ContactChannel.MOBILE ? "code.mobile" : "code.email";
    VerificationCode.Issued issued =
        VerificationCode.issue(
            accountId,
            purpose,
            channel,
            protection.encrypt(field, address),
            protection.index(field, address),
            now);
    codes.add(issued.record());
    Recipient to =
        channel == ContactChannel.MOBILE ? Recipient.mobile(address) : Recipient.email(address);
    notifier.notify(
        NotificationRequest.builder(
                purpose == CodePurpose.PASSWORD_RESET
                    ? IdentityTemplates.RESET
                    : IdentityTemplates.CODE,
                "code:" + accountId + ":" + now.toInstant().toEpochMilli() + ":" + channel)
            .to(to)
            .locale(locale)
            .parameter("code", issued.code())
            .parameter("minutes", String.valueOf(VerificationCode.VALID_FOR.toMinutes()))
            .onlyChannels(
                Set.of(
                    channel == ContactChannel.MOBILE
                        ? NotificationChannel.SMS
                        : NotificationChannel.EMAIL))
            .build());
  }

  /** The clear address a code was sent to. */
  public String addressOf(VerificationCode code) {
    String field = code.channel() == ContactChannel.MOBILE ? "code.mobile" : "code.email";
    return protection.decrypt(field, code.targetEncrypted());
  }
}
