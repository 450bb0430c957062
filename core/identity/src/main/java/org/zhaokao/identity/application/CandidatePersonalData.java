package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;

/**
 * A candidate's personal data in full (个人信息查看), for staff holding {@code pii:view-full} only — and
 * each viewing is itself recorded in the audit trail (who saw whose data, when, from where).
 * Everyone else sees it masked. And every account's own copy of its data, on request.
 */
@Stateless
public class CandidatePersonalData {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;
  @Inject private Grants grants;
  @EJB private AuditLog audit;

  /**
   * @param realName name
   * @param idNumber full ID number
   * @param mobile full mobile number
   * @param email full e-mail address
   */
  public record FullView(String realName, String idNumber, String mobile, String email) {}

  /**
   * Everything the platform holds about one's own account, in clear (个人信息副本, GB/T 35273 8.6): the
   * account, and for a candidate the identity and contact data as registered. Only the account
   * itself may ask; the export is audited like any full view.
   *
   * @param accountId the account
   * @param kind {@code CANDIDATE}, {@code STAFF} or {@code EMPLOYER}
   * @param displayName as shown in the header
   * @param username a staff login name, or null
   * @param lastLoginAt the previous successful login, or null
   * @param roles the roles held, by name
   * @param candidate the candidate's data, or null for other accounts
   */
  public record OwnCopy(
      long accountId,
      String kind,
      String displayName,
      String username,
      OffsetDateTime lastLoginAt,
      List<String> roles,
      CandidateData candidate) {}

  /** A candidate's registered data in clear, with what was verified and the channels chosen. */
  public record CandidateData(
      String realName,
      String idNumber,
      LocalDate birthDate,
      String gender,
      String mobile,
      boolean mobileVerified,
      String email,
      boolean emailVerified,
      boolean notifyByEmail,
      boolean notifyBySms) {}

  /** The logged-in account's own data in full; audited as {@code pii.exported}. */
  public OwnCopy ownCopy(Actor actor) {
    long id = actor.accountId();
    Account account = accounts.find(id).orElseThrow(() -> new UnknownAccountException(id));
    CandidateData candidate =
        accounts
            .findCandidate(id)
            .map(
                c ->
                    new CandidateData(
                        c.realName(),
                        protection.decrypt(Candidate.ID_NUMBER, c.idNumberEncrypted()),
                        c.birthDate(),
                        c.gender().name(),
                        protection.decrypt(Candidate.MOBILE, c.mobileEncrypted()),
                        c.mobileVerified(),
                        protection.decrypt(Candidate.EMAIL, c.emailEncrypted()),
                        c.emailVerified(),
                        c.notifyByEmail(),
                        c.notifyBySms()))
            .orElse(null);
    audit.record(
        AuditEntry.builder("pii.exported", ContactVerification.actorOf(actor))
            .target("account", String.valueOf(id))
            .client(actor.clientIp(), actor.userAgent())
            .detail("by", "self")
            .build());
    return new OwnCopy(
        id,
        account.kind().name(),
        account.displayName(),
        account.username().orElse(null),
        account.lastLoginAt().orElse(null),
        grants.rolesOf(id).stream().sorted().toList(),
        candidate);
  }

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
