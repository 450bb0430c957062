package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;

/**
 * Tells the people concerned by an ID-number claim what happened: the claimant (by e-mail and SMS
 * while they have no account, in their account once approved) and the account that lost the number.
 */
@Stateless
public class IdentityClaimNotices {

  @EJB private Notifier notifier;
  @EJB private AccountLanguages languages;

  /** The claim was received. */
  public void filed(IdentityClaim c, String email, String mobile) {
    notifier.notify(toClaimant(IdentityTemplates.CLAIM_FILED, c, email, mobile).build());
  }

  /** The claimant's new account holds the number. */
  public void approved(IdentityClaim c, long newAccountId) {
    notifier.notify(
        NotificationRequest.builder(IdentityTemplates.CLAIM_APPROVED, "claim-approved:" + c.id())
            .to(Recipient.account(String.valueOf(newAccountId)))
            .locale(c.language())
            .parameter("name", c.realName())
            .parameter("claim", String.valueOf(c.id()))
            .build());
  }

  /**
   * The account that held the number lost it and was disabled, and its live applications were
   * withdrawn.
   *
   * @param applications the recruitments whose application was withdrawn, by title
   */
  public void withdrawn(IdentityClaim c, String holderName, List<String> applications) {
    Locale locale = languages.of(c.holderAccount());
    notifier.notify(
        NotificationRequest.builder(IdentityTemplates.CLAIM_WITHDRAWN, "claim-withdrawn:" + c.id())
            .to(Recipient.account(String.valueOf(c.holderAccount())))
            .locale(locale)
            .parameter("name", holderName)
            .parameter(
                "applications",
                applications.isEmpty()
                    ? (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "none" : "无")
                    : String.join(", ", applications))
            .parameter("claim", String.valueOf(c.id()))
            .build());
  }

  /** The claim was refused, with the reason. */
  public void refused(IdentityClaim c, String email, String mobile, String reason) {
    notifier.notify(
        toClaimant(IdentityTemplates.CLAIM_REFUSED, c, email, mobile)
            .parameter("reason", reason)
            .build());
  }

  private static NotificationRequest.Builder toClaimant(
      String event, IdentityClaim c, String email, String mobile) {
    return NotificationRequest.builder(event, event + ":" + c.id())
        .to(Recipient.email(email).withMobile(mobile))
        .locale(c.language())
        .parameter("name", c.realName())
        .parameter("claim", String.valueOf(c.id()));
  }
}
