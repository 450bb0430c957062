package org.zhaokao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountHold;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.identity.domain.claim.IdentityClaims;
import org.zhaokao.identity.domain.request.RequestStatus;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.Masking;

/**
 * What the claim use cases share: reading a claim into its reviewers' view (with the holder's
 * applications, found through {@link AccountHolds}: live while the claim waits, withdrawn once
 * approved), the audit entry shape, and the check that a mobile or e-mail is free for the
 * claimant's account.
 */
@ApplicationScoped
public class ClaimViews {

  @Inject private Accounts accounts;
  @Inject private IdentityClaims claims;
  @Inject private DataProtection protection;
  @Inject private Instance<AccountHolds> holds;

  IdentityClaim claim(long id) {
    return claims.find(id).orElseThrow(() -> new RecordNotFoundException("identity-claim", id));
  }

  IdentityClaimView of(IdentityClaim c) {
    Candidate holder = accounts.findCandidate(c.holderAccount()).orElseThrow();
    Account holderAccount = accounts.find(c.holderAccount()).orElseThrow();
    return new IdentityClaimView(
        c.id(),
        c.status().name(),
        c.realName(),
        Masking.idNumber(protection.decrypt(Candidate.ID_NUMBER, c.idNumber().encrypted())),
        Masking.mobile(protection.decrypt(Candidate.MOBILE, c.mobile().encrypted())),
        Masking.email(protection.decrypt(Candidate.EMAIL, c.email().encrypted())),
        c.statement(),
        c.evidenceName(),
        c.evidenceType(),
        c.holderAccount(),
        holder.realName(),
        holderAccount.status().name(),
        liveApplications(c.holderAccount()).stream()
            .map(h -> HolderApplication.of(h, c.status() == RequestStatus.APPROVED))
            .toList(),
        c.filedAt(),
        c.decidedAt().orElse(null),
        c.refusalReason().orElse(null),
        c.newAccount().orElse(null),
        c.evidencePurgedAt().orElse(null));
  }

  /** The account's applications in recruitments still running. */
  List<AccountHold> liveApplications(long accountId) {
    LocalDate today = LocalDate.now(CandidateRegistration.CHINA);
    List<AccountHold> all = new ArrayList<>();
    holds.forEach(
        h ->
            h.on(accountId, today).stream()
                .filter(x -> x.kind() == AccountHold.Kind.LIVE_APPLICATION)
                .forEach(all::add));
    return all;
  }

  String clear(String field, IdentityClaim.Sealed sealed) {
    return protection.decrypt(field, sealed.encrypted());
  }

  static void requireFree(Accounts accounts, String field, String index, String code) {
    if (accounts.findCandidateByIndex(field, index).isPresent()) {
      throw new ConflictException(
          code,
          Candidate.MOBILE.equals(field)
              ? "This mobile number belongs to another account"
              : "This email address belongs to another account");
    }
  }

  static AuditEntry.Builder entry(Actor actor, String action, IdentityClaim c) {
    return AuditEntry.builder(action, ContactVerification.actorOf(actor))
        .target("identity-claim", String.valueOf(c.id()))
        .client(actor.clientIp(), actor.userAgent())
        .detail("holder", String.valueOf(c.holderAccount()));
  }
}
