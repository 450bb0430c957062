package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.identity.domain.claim.IdentityClaims;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.IdNumber;
import org.zhaokao.privacy.Masking;

/**
 * Deciding an ID-number claim (身份证号认领审核). Approval moves the number to a new account for the
 * claimant (the password they chose when filing, the mobile and e-mail they gave) and takes it from
 * the account that held it: that account's number becomes a placeholder, the account is disabled
 * (the web layer ends its sessions) and its live applications are withdrawn with the reason,
 * through the recruitment module ({@link ClaimedApplications}): filed under someone else's
 * identity, they would keep places from real candidates. Both parties are told, the holder with the
 * recruitments concerned. Refusal tells the claimant why.
 */
@Stateless
public class ClaimDecisions {

  /** Why the holder's applications were withdrawn, as stored and shown on them. */
  static final String WITHDRAWAL_REASON = "身份证号已由本人认领（认领申请 %d），以该身份证号提交的报名予以撤销";

  @Inject private Accounts accounts;
  @Inject private IdentityClaims claims;
  @Inject private Grants grants;
  @Inject private DataProtection protection;
  @Inject private ClaimViews views;
  @Inject private Instance<ClaimedApplications> withdrawals;
  @EJB private IdentityClaimNotices notices;
  @EJB private AuditLog audit;

  /**
   * Approves the claim.
   *
   * @return the decided claim; its {@code holderAccountId} names the account whose sessions to end
   * @throws ConflictException {@code identity-claim.decided} if already decided, {@code
   *     identity-claim.moved} if the number no longer belongs to the holder, {@code
   *     mobile-registered} / {@code email-registered} if the claimant's contact data was taken
   *     since
   */
  public IdentityClaimView approve(Actor actor, long claimId) {
    Permissions.require(actor, IdentityChanges.REVIEW);
    IdentityClaim c = views.claim(claimId);
    requirePending(c);
    Candidate holder =
        accounts
            .findCandidateByIndex(Candidate.ID_NUMBER, c.idNumber().index())
            .filter(h -> h.accountId() == c.holderAccount())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "identity-claim.moved",
                        "The ID number no longer belongs to the account the claim was filed"
                            + " against; refuse this claim and ask for a new one"));
    ClaimViews.requireFree(accounts, Candidate.MOBILE, c.mobile().index(), "mobile-registered");
    ClaimViews.requireFree(accounts, Candidate.EMAIL, c.email().index(), "email-registered");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String holderName = holder.realName();

    // The holder loses the number first, written at once: the claimant's row takes the same
    // unique index next.
    String placeholder = "claimed:" + c.id();
    holder.identityChanged(
        null,
        new Candidate.Sealed(
            protection.encrypt(Candidate.ID_NUMBER, placeholder),
            protection.index(Candidate.ID_NUMBER, placeholder)),
        holder.birthDate(),
        holder.gender());
    Account holderAccount = accounts.find(c.holderAccount()).orElseThrow();
    holderAccount.disable("ID number claimed by its holder (claim " + c.id() + ")");
    claims.flush();

    IdNumber id =
        IdNumber.parse(
            views.clear(Candidate.ID_NUMBER, c.idNumber()),
            LocalDate.now(CandidateRegistration.CHINA));
    Account account =
        accounts.add(Account.candidate(Masking.name(c.realName()), c.passwordHash(), now));
    account.preferLanguage(c.language());
    accounts.add(
        new Candidate(
            account.id(),
            c.realName(),
            new Candidate.Sealed(c.idNumber().encrypted(), c.idNumber().index()),
            id.birthDate(),
            Candidate.Gender.valueOf(id.gender().name()),
            new Candidate.Sealed(c.mobile().encrypted(), c.mobile().index()),
            new Candidate.Sealed(c.email().encrypted(), c.email().index())));
    grants.grant(account.id(), "candidate", "GLOBAL", "");
    c.approve(actor.accountId(), account.id(), now);

    List<String> withdrawn = withdrawLiveApplications(actor, c);
    audit.record(
        ClaimViews.entry(actor, "identity-claim.approved", c)
            .detail("newAccount", String.valueOf(account.id()))
            .detail("idNumber", Masking.idNumber(id.value()))
            .detail("holderApplicationsWithdrawn", String.valueOf(withdrawn.size()))
            .build());
    audit.record(
        AuditEntry.builder("account.id-number.withdrawn", ContactVerification.actorOf(actor))
            .target("account", String.valueOf(c.holderAccount()))
            .client(actor.clientIp(), actor.userAgent())
            .detail("claim", String.valueOf(c.id()))
            .detail("name", Masking.name(holderName))
            .detail("withdrawnApplications", String.valueOf(withdrawn.size()))
            .build());
    audit.record(
        AuditEntry.builder("account.registered", ContactVerification.actorOf(actor))
            .target("account", String.valueOf(account.id()))
            .detail("name", account.displayName())
            .detail("claim", String.valueOf(c.id()))
            .build());
    notices.approved(c, account.id());
    notices.withdrawn(c, holderName, withdrawn);
    return views.of(c);
  }

  /**
   * Refuses with a reason the claimant reads.
   *
   * @throws InvalidInputException {@code reason} missing or longer than 500 characters
   * @throws ConflictException {@code identity-claim.decided} if already decided
   */
  public IdentityClaimView refuse(Actor actor, long claimId, String reason) {
    Permissions.require(actor, IdentityChanges.REVIEW);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > IdentityClaim.MAX_REASON) {
      throw InvalidInputException.of(
          "reason", "identity-claim.reason", "Say why, in 1 to 500 characters");
    }
    IdentityClaim c = views.claim(claimId);
    requirePending(c);
    c.refuse(actor.accountId(), why, OffsetDateTime.now(ZoneOffset.UTC));
    audit.record(
        ClaimViews.entry(actor, "identity-claim.refused", c).detail("reason", why).build());
    notices.refused(
        c, views.clear(Candidate.EMAIL, c.email()), views.clear(Candidate.MOBILE, c.mobile()), why);
    return views.of(c);
  }

  /**
   * The holder's live applications were filed under someone else's identity and take places from
   * real candidates, which is why claims exist: they are withdrawn, through the recruitment module.
   */
  private List<String> withdrawLiveApplications(Actor actor, IdentityClaim c) {
    String reason = WITHDRAWAL_REASON.formatted(c.id());
    List<String> withdrawn = new ArrayList<>();
    withdrawals.forEach(w -> withdrawn.addAll(w.withdrawLive(actor, c.holderAccount(), reason)));
    return withdrawn;
  }

  private static void requirePending(IdentityClaim c) {
    if (!c.pending()) {
      throw new ConflictException(
          "identity-claim.decided", "The claim was already " + c.status().name());
    }
  }
}
