package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.ContactRules;
import org.zhaokao.identity.domain.request.EvidenceRules;
import org.zhaokao.identity.domain.request.IdentityRequest;
import org.zhaokao.identity.domain.request.IdentityRequests;
import org.zhaokao.identity.domain.request.RequestEvidence;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.IdNumber;
import org.zhaokao.privacy.Masking;
import org.zhaokao.privacy.crypto.FieldCipher;

/**
 * Changing one's real name or ID number (实名信息变更, P5): never directly, always through a request with
 * evidence that a reviewer holding {@code identity:review} approves or refuses. Approval re-checks
 * that the new ID number belongs to no other account; every step is audited and the candidate is
 * told the decision.
 */
@Stateless
public class IdentityChanges {

  public static final String REVIEW = "identity:review";

  @Inject private Accounts accounts;
  @Inject private IdentityRequests requests;
  @Inject private DataProtection protection;
  @Inject private IdentityChangeNotices notices;
  @EJB private AuditLog audit;

  /**
   * Files a request for the logged-in candidate.
   *
   * @param newName the new real name, or blank to keep it
   * @param newIdNumber the new ID number, or blank to keep it
   * @throws InvalidInputException for a bad name, ID number or evidence, or nothing to change
   * @throws ConflictException {@code identity-request.pending} while another request waits, {@code
   *     id-number-registered} when the new number is another account's
   */
  public IdentityChangeView file(
      Actor actor, String newName, String newIdNumber, String evidenceName, byte[] evidence) {
    Candidate candidate = ownCandidate(actor);
    String name = blankToNull(newName);
    String idText = blankToNull(newIdNumber);
    Checks checks = new Checks();
    checks.require(
        name != null || idText != null,
        "newName",
        "identity-request.empty",
        "Give a new name, a new ID number or both");
    checks.require(
        name == null || ContactRules.isRealName(name),
        "newName",
        "realName",
        "Give the name as on the ID card");
    if (idText != null) {
      IdNumber.check(idText, today())
          .ifPresent(
              p ->
                  checks.require(
                      false,
                      "newIdNumber",
                      "idNumber." + p.name(),
                      "Not a valid ID number: " + p.name()));
    }
    checks.throwIfAny();
    EvidenceRules.Checked file = EvidenceRules.check(evidenceName, evidence);
    if (name != null && name.equals(candidate.realName())) {
      throw InvalidInputException.of(
          "newName", "identity-request.same", "The new name is the name on the account");
    }
    IdentityRequest.SealedId sealedId = null;
    if (idText != null) {
      String value = IdNumber.parse(idText, today()).value();
      sealedId =
          new IdentityRequest.SealedId(
              protection.encrypt(Candidate.ID_NUMBER, value),
              protection.index(Candidate.ID_NUMBER, value));
      requireFree(sealedId.index(), candidate.accountId(), "newIdNumber");
    }
    requireNonePending(candidate.accountId());
    IdentityRequest request;
    try {
      request =
          requests.add(
              new IdentityRequest(
                  candidate.accountId(),
                  name,
                  sealedId,
                  file.fileName(),
                  file.type().mediaType(),
                  file.content().length,
                  now()));
    } catch (PersistenceException e) {
      // Two filings racing past the check: the unique pending_account decides.
      throw pendingConflict();
    }
    FieldCipher.Sealed sealed =
        protection.seal(RequestEvidence.field(request.id()), file.content());
    requests.add(new RequestEvidence(request.id(), sealed.keyId(), sealed.bytes()));
    audit.record(
        entry(actor, "identity-request.filed", request)
            .detail("changes", changes(request))
            .detail("evidenceType", file.type().mediaType())
            .build());
    return view(request, candidate);
  }

  /** The logged-in candidate's requests, newest first. */
  public List<IdentityChangeView> mine(Actor actor) {
    Candidate candidate = ownCandidate(actor);
    return requests.of(candidate.accountId()).stream().map(r -> view(r, candidate)).toList();
  }

  /** The requests waiting for a reviewer, oldest first. */
  public List<IdentityChangeView> queue(Actor actor) {
    Permissions.require(actor, REVIEW);
    return requests.pending().stream().map(r -> view(r, candidateOf(r))).toList();
  }

  /** A request, for its reviewers. */
  public IdentityChangeView find(Actor actor, long requestId) {
    Permissions.require(actor, REVIEW);
    IdentityRequest r = request(requestId);
    return view(r, candidateOf(r));
  }

  /** The evidence of a request, for its reviewers; each read is audited. */
  public EvidenceFile evidence(Actor actor, long requestId) {
    Permissions.require(actor, REVIEW);
    IdentityRequest r = request(requestId);
    RequestEvidence stored = requests.evidence(requestId).orElseThrow();
    byte[] bytes =
        protection.open(
            RequestEvidence.field(requestId),
            new FieldCipher.Sealed(stored.keyId(), stored.sealed()));
    audit.record(entry(actor, "identity-request.evidence.viewed", r).build());
    return new EvidenceFile(r.evidenceName(), r.evidenceType(), bytes);
  }

  /**
   * Approves: the account takes the new name and/or ID number (birth date and gender follow the
   * number), and the candidate is told.
   *
   * @throws ConflictException {@code identity-request.decided} if already decided, {@code
   *     id-number-registered} if the new number now belongs to another account
   */
  public IdentityChangeView approve(Actor actor, long requestId) {
    Permissions.require(actor, REVIEW);
    IdentityRequest r = request(requestId);
    requirePending(r);
    Candidate candidate = candidateOf(r);
    IdNumber id = null;
    Candidate.Sealed sealedId = null;
    if (r.newIdNumber().isPresent()) {
      IdentityRequest.SealedId sealed = r.newIdNumber().get();
      // Someone may have registered the number since the request was filed.
      requireFree(sealed.index(), candidate.accountId(), "newIdNumber");
      id = IdNumber.parse(protection.decrypt(Candidate.ID_NUMBER, sealed.encrypted()), today());
      sealedId = new Candidate.Sealed(sealed.encrypted(), sealed.index());
    }
    String oldMaskedName = Masking.name(candidate.realName());
    r.approve(actor.accountId(), now());
    candidate.identityChanged(
        r.newName().orElse(null),
        sealedId,
        id == null ? null : id.birthDate(),
        id == null ? null : Candidate.Gender.valueOf(id.gender().name()));
    Account account = accounts.find(r.accountId()).orElseThrow();
    r.newName().ifPresent(n -> account.renamed(Masking.name(n)));
    audit.record(
        entry(actor, "identity-request.approved", r)
            .detail("changes", changes(r))
            .detail("from", oldMaskedName)
            .build());
    notices.approved(r, candidate.realName());
    return view(r, candidate);
  }

  /**
   * Refuses with a reason the candidate reads.
   *
   * @throws InvalidInputException {@code reason} missing or longer than 500 characters
   * @throws ConflictException {@code identity-request.decided} if already decided
   */
  public IdentityChangeView refuse(Actor actor, long requestId, String reason) {
    Permissions.require(actor, REVIEW);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > IdentityRequest.MAX_REASON) {
      throw InvalidInputException.of(
          "reason", "identity-request.reason", "Say why, in 1 to 500 characters");
    }
    IdentityRequest r = request(requestId);
    requirePending(r);
    r.refuse(actor.accountId(), why, now());
    Candidate candidate = candidateOf(r);
    audit.record(entry(actor, "identity-request.refused", r).detail("reason", why).build());
    notices.refused(r, candidate.realName(), why);
    return view(r, candidate);
  }

  private IdentityChangeView view(IdentityRequest r, Candidate c) {
    return new IdentityChangeView(
        r.id(),
        r.accountId(),
        r.status().name(),
        c.realName(),
        r.newName().orElse(null),
        Masking.idNumber(protection.decrypt(Candidate.ID_NUMBER, c.idNumberEncrypted())),
        r.newIdNumber()
            .map(s -> Masking.idNumber(protection.decrypt(Candidate.ID_NUMBER, s.encrypted())))
            .orElse(null),
        r.evidenceName(),
        r.evidenceType(),
        r.filedAt(),
        r.decidedAt().orElse(null),
        r.refusalReason().orElse(null));
  }

  private void requireFree(String index, long accountId, String field) {
    accounts
        .findCandidateByIndex(Candidate.ID_NUMBER, index)
        .filter(other -> other.accountId() != accountId)
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "id-number-registered",
                  "Another account is registered with this ID number; if it is yours, file an"
                      + " identity claim");
            });
  }

  private void requireNonePending(long accountId) {
    if (requests.of(accountId).stream()
        .anyMatch(r -> r.status() == org.zhaokao.identity.domain.request.RequestStatus.PENDING)) {
      throw pendingConflict();
    }
  }

  private static ConflictException pendingConflict() {
    return new ConflictException(
        "identity-request.pending",
        "A request is already waiting for review; wait for its decision before filing another");
  }

  private static void requirePending(IdentityRequest r) {
    if (r.status() != org.zhaokao.identity.domain.request.RequestStatus.PENDING) {
      throw new ConflictException(
          "identity-request.decided", "The request was already " + r.status().name());
    }
  }

  private Candidate ownCandidate(Actor actor) {
    return accounts
        .findCandidate(actor.accountId())
        .orElseThrow(
            () ->
                new org.zhaokao.platform.validation.AccessDeniedException(
                    "only candidates change their real-name data by request"));
  }

  private Candidate candidateOf(IdentityRequest r) {
    return accounts.findCandidate(r.accountId()).orElseThrow();
  }

  private IdentityRequest request(long id) {
    return requests.find(id).orElseThrow(() -> new RecordNotFoundException("identity-request", id));
  }

  private static AuditEntry.Builder entry(Actor actor, String action, IdentityRequest r) {
    return AuditEntry.builder(action, ContactVerification.actorOf(actor))
        .target("identity-request", String.valueOf(r.id()))
        .client(actor.clientIp(), actor.userAgent())
        .detail("account", String.valueOf(r.accountId()));
  }

  private static String changes(IdentityRequest r) {
    return (r.newName().isPresent() ? "name" : "")
        + (r.newName().isPresent() && r.newIdNumber().isPresent() ? "," : "")
        + (r.newIdNumber().isPresent() ? "idNumber" : "");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate today() {
    return LocalDate.now(CandidateRegistration.CHINA);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
