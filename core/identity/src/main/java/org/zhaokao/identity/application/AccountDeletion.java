package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountHold;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.code.VerificationCodes;
import org.zhaokao.identity.domain.request.IdentityRequests;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.identity.domain.role.RoleGrant;
import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.plugins.api.security.Reauthentication;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.Masking;

/**
 * A candidate deletes the account (账号注销, GB/T 35273 8.5): at once when nothing holds it — its
 * real-name data erased, the account disabled for good, the audit trail keeping only masked data —
 * otherwise the reasons are given (a live application, records still under the retention rule).
 * Ending the account's sessions is the web layer's part.
 */
@Stateless
public class AccountDeletion {

  /** What a deleted account's name becomes. */
  static final String ERASED_NAME = "已注销用户";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private Accounts accounts;
  @Inject private Grants grants;
  @Inject private VerificationCodes codes;
  @Inject private IdentityRequests requests;
  @Inject private DataProtection protection;
  @Inject private PasswordHashing hashing;
  @Inject private Instance<AccountHolds> holds;
  @EJB private Reauthentication reauthentication;
  @EJB private AuditLog audit;

  /**
   * Whether the account may be deleted now.
   *
   * @param deletable no hold
   * @param holds each hold, with its reason in words
   */
  public record Assessment(boolean deletable, List<Hold> holds) {}

  /**
   * @param kind LIVE_APPLICATION or RETENTION
   * @param recruitment the recruitment's title
   * @param until the earliest day the hold ends
   * @param reason in words
   */
  public record Hold(String kind, String recruitment, LocalDate until, String reason) {}

  /** What holds the logged-in candidate's account now. */
  public Assessment assess(Actor actor) {
    candidate(actor);
    List<Hold> found =
        holdsOn(actor.accountId()).stream()
            .map(h -> new Hold(h.kind().name(), h.recruitment(), h.until(), h.describe()))
            .toList();
    return new Assessment(found.isEmpty(), found);
  }

  /**
   * Deletes the logged-in candidate's account after checking the password again.
   *
   * @throws InvalidInputException {@code password} wrong
   * @throws ConflictException {@code account-deletion.held}, the message naming every hold
   */
  public void delete(Actor actor, String password) {
    Candidate c = candidate(actor);
    long id = actor.accountId();
    if (!reauthentication.confirms(id, password)) {
      throw InvalidInputException.of("password", "currentPassword", "The password is wrong");
    }
    List<AccountHold> found = holdsOn(id);
    if (!found.isEmpty()) {
      audit.record(
          AuditEntry.builder("account.deletion.refused", ContactVerification.actorOf(actor))
              .target("account", String.valueOf(id))
              .client(actor.clientIp(), actor.userAgent())
              .detail(
                  "holds", found.stream().map(h -> h.kind().name()).distinct().collect(joining()))
              .build());
      throw new ConflictException(
          "account-deletion.held",
          "The account cannot be deleted yet: "
              + found.stream().map(AccountHold::describe).collect(Collectors.joining("; ")));
    }
    String maskedName = Masking.name(c.realName());
    String maskedId =
        Masking.idNumber(protection.decrypt(Candidate.ID_NUMBER, c.idNumberEncrypted()));
    c.erase(
        ERASED_NAME,
        placeholder(Candidate.ID_NUMBER, id),
        placeholder(Candidate.MOBILE, id),
        placeholder(Candidate.EMAIL, id));
    Account account = accounts.find(id).orElseThrow();
    account.erase(ERASED_NAME, hashing.hash(randomSecret()));
    for (RoleGrant g : grants.grantsOf(id)) {
      grants.revoke(id, g.roleCode(), g.scopeType(), g.scopeId());
    }
    codes.removeAll(id);
    requests.removeAll(id);
    audit.record(
        AuditEntry.builder("account.deleted", ContactVerification.actorOf(actor))
            .target("account", String.valueOf(id))
            .client(actor.clientIp(), actor.userAgent())
            .detail("name", maskedName)
            .detail("idNumber", maskedId)
            .build());
  }

  private List<AccountHold> holdsOn(long accountId) {
    LocalDate today = LocalDate.now(CandidateRegistration.CHINA);
    List<AccountHold> all = new ArrayList<>();
    holds.forEach(h -> all.addAll(h.on(accountId, today)));
    return all;
  }

  private Candidate candidate(Actor actor) {
    Optional<Candidate> c = accounts.findCandidate(actor.accountId());
    return c.orElseThrow(
        () ->
            new AccessDeniedException(
                "only candidates delete their own account; staff accounts are disabled by an"
                    + " administrator"));
  }

  /** A value unique to the account that no real ID number, mobile or email can equal. */
  private Candidate.Sealed placeholder(String field, long accountId) {
    String value = "erased:" + accountId;
    return new Candidate.Sealed(protection.encrypt(field, value), protection.index(field, value));
  }

  private static String randomSecret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }
}
