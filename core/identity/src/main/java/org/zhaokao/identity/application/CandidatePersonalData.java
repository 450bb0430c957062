package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;

/**
 * A candidate's personal data in full (个人信息查看), for staff holding {@code pii:view-full} only — and
 * each viewing is itself recorded in the audit trail (who saw whose data, when, from where).
 * Everyone else sees it masked.
 */
@Stateless
public class CandidatePersonalData {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;
  @EJB private AuditLog audit;

  /**
   * @param realName name
   * @param idNumber full ID number
   * @param mobile full mobile number
   * @param email full e-mail address
   */
  public record FullView(String realName, String idNumber, String mobile, String email) {}

  public FullView view(Actor actor, long accountId, String purpose) {
    Permissions.require(actor, Permissions.VIEW_PII);
    Candidate c =
        accounts.findCandidate(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
    audit.record(
        AuditEntry.builder("pii.viewed", ContactVerification.actorOf(actor))
            .target("account", String.valueOf(accountId))
            .client(actor.clientIp(), actor.userAgent())
            .detail("fields", "idNumber,mobile,email")
            .detail("purpose", purpose == null || purpose.isBlank() ? "unspecified" : purpose)
            .build());
    return new FullView(
        c.realName(),
        protection.decrypt(Candidate.ID_NUMBER, c.idNumberEncrypted()),
        protection.decrypt(Candidate.MOBILE, c.mobileEncrypted()),
        protection.decrypt(Candidate.EMAIL, c.emailEncrypted()));
  }
}
