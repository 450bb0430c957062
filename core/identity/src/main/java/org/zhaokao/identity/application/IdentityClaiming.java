package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.account.ContactRules;
import org.zhaokao.identity.domain.claim.ClaimEvidence;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.identity.domain.claim.IdentityClaims;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.identity.domain.request.EvidenceRules;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.IdNumber;
import org.zhaokao.privacy.Masking;
import org.zhaokao.privacy.crypto.FieldCipher;

/**
 * Claiming an ID number someone else registered (身份证号认领), the filing side: anyone, without an
 * account, files a claim with a photo of the ID card; reviewers holding {@code identity:review}
 * list the claims and read the evidence (each read audited). {@link ClaimDecisions} decides them.
 */
@Stateless
public class IdentityClaiming {

  @Inject private Accounts accounts;
  @Inject private IdentityClaims claims;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;
  @Inject private ClaimViews views;
  @EJB private IdentityClaimNotices notices;
  @EJB private CodeMessenger messenger;
  @EJB private CodeChecks codes;
  @EJB private AuditLog audit;

  /**
   * Sends a one-time code by SMS to the mobile number a claimant is about to give: the claim is
   * filed only with it, so the number (where the decision and the new account's codes go) is the
   * claimant's. The code belongs to the number, not to an account (the claimant has none).
   *
   * @throws InvalidInputException {@code mobile} when not a mainland mobile number
   * @throws ConflictException {@code code-too-soon} while the throttle holds, {@code
   *     mobile-registered} when the number belongs to an account (the claim would be refused)
   * @throws org.zhaokao.platform.validation.TooManyRequestsException {@code
   *     claim-codes-per-address} when the visitor's address asked for too many codes this hour
   */
  public void sendCode(Actor actor, String mobile, Locale locale) {
    String number = strip(mobile);
    if (!ContactRules.isMobile(number)) {
      throw InvalidInputException.of("mobile", "mobile", "Give an 11-digit mainland mobile number");
    }
    ClaimViews.requireFree(
        accounts,
        Candidate.MOBILE,
        protection.index(Candidate.MOBILE, number),
        "mobile-registered");
    messenger.sendClaimCode(
        number, actor.clientIp(), locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
    audit.record(
        AuditEntry.builder("identity-claim.code.sent", ContactVerification.actorOf(actor))
            .client(actor.clientIp(), actor.userAgent())
            .detail("mobile", Masking.mobile(number))
            .build());
  }

  /**
   * Files a claim. Nothing is kept when any check fails.
   *
   * @param actor the (anonymous) visitor, for the audit trail
   * @throws InvalidInputException naming every refused field, the evidence, {@code
   *     identity-claim.not-registered} when no account holds the number (register instead), or
   *     {@code code} when the SMS code is missing, wrong, expired or used
   * @throws ConflictException {@code identity-claim.pending} while the same claimant's claim on the
   *     number waits, {@code mobile-registered} / {@code email-registered} when the contact data
   *     belongs to another account
   */
  public IdentityClaimView.Receipt file(Actor actor, ClaimForm form) {
    LocalDate today = LocalDate.now(CandidateRegistration.CHINA);
    Checks checks = new Checks();
    String name = strip(form.realName());
    checks.require(
        ContactRules.isRealName(name), "realName", "realName", "Give the name as on the ID card");
    IdNumber.check(form.idNumber(), today)
        .ifPresent(
            p ->
                checks.require(
                    false,
                    "idNumber",
                    "idNumber." + p.name(),
                    "Not a valid ID number: " + p.name()));
    String mobile = strip(form.mobile());
    checks.require(
        ContactRules.isMobile(mobile),
        "mobile",
        "mobile",
        "Give an 11-digit mainland mobile number");
    String email = form.email() == null ? "" : ContactRules.normaliseEmail(form.email());
    checks.require(ContactRules.isEmail(email), "email", "email", "Give a valid email address");
    String statement = strip(form.statement());
    checks.require(
        !statement.isEmpty() && statement.length() <= IdentityClaim.MAX_STATEMENT,
        "statement",
        "identity-claim.statement",
        "Say in 1 to 1000 characters why the number is yours");
    PasswordChecks.require(
        checks, "password", form.password(), strip(form.idNumber()), mobile, email);
    checks.throwIfAny();
    EvidenceRules.Checked file = EvidenceRules.check(form.evidenceName(), form.evidence());

    String idValue = IdNumber.parse(form.idNumber(), today).value();
    IdentityClaim.Sealed id = seal(Candidate.ID_NUMBER, idValue);
    Candidate holder =
        accounts
            .findCandidateByIndex(Candidate.ID_NUMBER, id.index())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "idNumber",
                        "identity-claim.not-registered",
                        "No account is registered with this ID number: register instead"));
    IdentityClaim.Sealed sealedMobile = seal(Candidate.MOBILE, mobile);
    IdentityClaim.Sealed sealedEmail = seal(Candidate.EMAIL, email);
    if (claims
        .pendingWith(IdentityClaim.pendingKey(id.index(), sealedMobile.index()))
        .isPresent()) {
      throw pendingConflict();
    }
    ClaimViews.requireFree(accounts, Candidate.MOBILE, sealedMobile.index(), "mobile-registered");
    ClaimViews.requireFree(accounts, Candidate.EMAIL, sealedEmail.index(), "email-registered");
    requireCode(mobile, form.code());

    IdentityClaim claim;
    try {
      claim =
          claims.add(
              new IdentityClaim(
                  new IdentityClaim.Claimant(
                      name,
                      id,
                      sealedMobile,
                      sealedEmail,
                      hashing.hash(form.password()),
                      form.language() == null ? Locale.SIMPLIFIED_CHINESE : form.language()),
                  statement,
                  holder.accountId(),
                  file.fileName(),
                  file.type().mediaType(),
                  file.content().length,
                  OffsetDateTime.now(ZoneOffset.UTC)));
    } catch (PersistenceException e) {
      // Two filings racing past the look-up: the unique pending_key decides.
      throw pendingConflict();
    }
    FieldCipher.Sealed sealed = protection.seal(ClaimEvidence.field(claim.id()), file.content());
    claims.add(new ClaimEvidence(claim.id(), sealed.keyId(), sealed.bytes()));
    audit.record(
        ClaimViews.entry(actor, "identity-claim.filed", claim)
            .detail("name", Masking.name(name))
            .detail("idNumber", Masking.idNumber(idValue))
            .detail("evidenceType", file.type().mediaType())
            .build());
    notices.filed(claim, email, mobile);
    return new IdentityClaimView.Receipt(claim.id(), claim.status().name(), claim.filedAt());
  }

  /** The claims waiting for a reviewer, oldest first. */
  public List<IdentityClaimView> queue(Actor actor) {
    Permissions.require(actor, IdentityChanges.REVIEW);
    return claims.pending().stream().map(views::of).toList();
  }

  /** A claim, for its reviewers. */
  public IdentityClaimView find(Actor actor, long claimId) {
    Permissions.require(actor, IdentityChanges.REVIEW);
    return views.of(views.claim(claimId));
  }

  /** The photo of the ID card, for the claim's reviewers; each read is audited. */
  public EvidenceFile evidence(Actor actor, long claimId) {
    Permissions.require(actor, IdentityChanges.REVIEW);
    IdentityClaim c = views.claim(claimId);
    ClaimEvidence stored =
        claims
            .evidence(claimId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "identity-claim.evidence-purged",
                        "The evidence of this decided claim was purged after its retention period"));
    byte[] bytes =
        protection.open(
            ClaimEvidence.field(claimId), new FieldCipher.Sealed(stored.keyId(), stored.sealed()));
    audit.record(ClaimViews.entry(actor, "identity-claim.evidence.viewed", c).build());
    return new EvidenceFile(c.evidenceName(), c.evidenceType(), bytes);
  }

  /**
   * Last of the checks, so a claim refused for another reason leaves the code usable; a wrong try
   * uses up an attempt even though the filing then fails.
   */
  private void requireCode(String mobile, String typed) {
    if (typed == null || typed.isBlank()) {
      throw InvalidInputException.of(
          "code", "identity-claim.code", "Give the code sent by SMS to the mobile number");
    }
    codes
        .tryNewestTo(
            messenger.targetIndex(ContactChannel.MOBILE, mobile),
            CodePurpose.CLAIM,
            ContactChannel.MOBILE,
            typed.strip())
        .orElseThrow(() -> InvalidInputException.of("code", "code", "Wrong, expired or used code"));
  }

  private IdentityClaim.Sealed seal(String field, String value) {
    return new IdentityClaim.Sealed(
        protection.encrypt(field, value), protection.index(field, value));
  }

  static ConflictException pendingConflict() {
    return new ConflictException(
        "identity-claim.pending",
        "Your claim on this ID number is already waiting for review; wait for its decision");
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
