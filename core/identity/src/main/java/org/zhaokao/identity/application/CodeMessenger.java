package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.identity.domain.code.CodeThrottle;
import org.zhaokao.identity.domain.code.VerificationCode;
import org.zhaokao.identity.domain.code.VerificationCodes;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.TooManyRequestsException;
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

  /** The blind-index field of the client addresses that ask for claim codes. */
  private static final String CLIENT = "code.client";

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
    throttle(
        codes.newest(accountId, purpose, channel),
        codes.sentSince(accountId, now.minusHours(1)),
        now);
    issue(accountId, purpose, channel, address, locale, "code:" + accountId, now, null);
  }

  /**
   * Sends a claim code (身份证号认领) to a mobile number that belongs to no account yet: the throttle
   * counts the codes sent to that number instead of an account's, and the claim codes the client
   * address asked for (kept as a blind index only), so one visitor cannot have codes sent to many
   * numbers.
   *
   * @param mobile the clear mobile number
   * @param clientAddress the network address of the client asking
   * @throws TooManyRequestsException {@code claim-codes-per-address} while the address's hourly
   *     allowance is spent
   * @throws ConflictException {@code code-too-soon} while the number's throttle holds
   */
  public void sendClaimCode(String mobile, String clientAddress, Locale locale) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String client = protection.index(CLIENT, clientAddress == null ? "" : clientAddress);
    CodeThrottle.addressWaitUntil(
            codes.claimCodesFromSince(client, now.minusHours(1)),
            IdentitySettings.claimCodesPerAddress(),
            now)
        .ifPresent(
            until -> {
              throw new TooManyRequestsException(
                  "claim-codes-per-address",
                  "Too many codes were asked for from your network address; ask again after "
                      + until,
                  until);
            });
    String index = targetIndex(ContactChannel.MOBILE, mobile);
    throttle(
        codes.newestTo(index, CodePurpose.CLAIM, ContactChannel.MOBILE),
        codes.sentToSince(index, now.minusHours(1)),
        now);
    issue(
        null,
        CodePurpose.CLAIM,
        ContactChannel.MOBILE,
        mobile,
        locale,
        "code:claim:" + index.substring(0, 16),
        now,
        client);
  }

  /** The blind index a code sent to {@code address} is found by. */
  public String targetIndex(ContactChannel channel, String address) {
    return protection.index(field(channel), address);
  }

  private static void throttle(
      Optional<VerificationCode> previous, long sentLastHour, OffsetDateTime now) {
    CodeThrottle.waitUntil(previous, sentLastHour, now)
        .ifPresent(
            until -> {
              throw new ConflictException(
                  "code-too-soon", "A code was sent a moment ago; ask again after " + until);
            });
  }

  private void issue(
      Long accountId,
      CodePurpose purpose,
      ContactChannel channel,
      String address,
      Locale locale,
      String keyPrefix,
      OffsetDateTime now,
      String clientIndex) {
    Duration validFor = IdentitySettings.codeValidity();
    VerificationCode.Issued issued =
        VerificationCode.issue(
            accountId,
            purpose,
            channel,
            protection.encrypt(field(channel), address),
            targetIndex(channel, address),
            now,
            validFor);
    if (clientIndex != null) {
      issued.record().requestedFrom(clientIndex);
    }
    codes.add(issued.record());
    Recipient to =
        channel == ContactChannel.MOBILE ? Recipient.mobile(address) : Recipient.email(address);
    notifier.notify(
        NotificationRequest.builder(
                purpose == CodePurpose.PASSWORD_RESET
                    ? IdentityTemplates.RESET
                    : IdentityTemplates.CODE,
                keyPrefix + ":" + now.toInstant().toEpochMilli() + ":" + channel)
            .to(to)
            .locale(locale)
            .parameter("code", issued.code())
            .parameter("minutes", String.valueOf(Math.max(1, validFor.toMinutes())))
            .onlyChannels(
                Set.of(
                    channel == ContactChannel.MOBILE
                        ? NotificationChannel.SMS
                        : NotificationChannel.EMAIL))
            .build());
  }

  private static String field(ContactChannel channel) {
    return channel == ContactChannel.MOBILE ? "code.mobile" : "code.email";
  }

  /** The clear address a code was sent to. */
  public String addressOf(VerificationCode code) {
    return protection.decrypt(field(code.channel()), code.targetEncrypted());
  }
}
