package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;

/**
 * A candidate applies (报名, SPEC F1): chosen position, notice read and pledge signed (versions, time
 * and address recorded), declaration and answers. Exactly once per idempotency key: a double click
 * or a retry returns the application the first attempt made. The database's unique constraints
 * decide races, not a look-up, so the rule holds under the season's rush.
 *
 * <p>Runs outside a transaction and calls {@link ApplicationWrites} for each step: after a lost
 * race the insert's transaction is gone, and the winner is read in a fresh one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationSubmission {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final int CLASH_WAITS = 60;
  private static final long CLASH_WAIT_MS = 50;

  @EJB private ApplicationWrites writes;
  @Inject private Guard guard;

  /**
   * The outcome.
   *
   * @param application the application
   * @param created false when the key had already made it
   */
  public record Submitted(ApplicationView application, boolean created) {}

  /**
   * Applies.
   *
   * @param idempotencyKey 8 to 64 letters, digits, '_' or '-', chosen by the client per attempt
   * @throws InvalidInputException naming refused fields (422)
   * @throws org.zhaokao.platform.validation.ConflictException outside the window, a second live
   *     application to the recruitment, or a blacklisted candidate (409)
   */
  public Submitted submit(Actor actor, String idempotencyKey, ApplicationForm form) {
    long candidateId = guard.candidate(actor);
    if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
      throw InvalidInputException.of(
          "Idempotency-Key",
          "idempotencyKey",
          "Send an Idempotency-Key header of 8 to 64 letters, digits, '_' or '-'");
    }
    if (form == null) {
      throw InvalidInputException.of("positionId", "required", "Choose a position");
    }
    Optional<ApplicationView> earlier = writes.byKey(candidateId, idempotencyKey);
    if (earlier.isPresent()) {
      return replay(earlier.get(), form);
    }
    try {
      return new Submitted(writes.insert(actor, candidateId, idempotencyKey, form), true);
    } catch (UniqueClash clash) {
      return afterClash(candidateId, idempotencyKey, form);
    }
  }

  /**
   * Another transaction holds the row this one clashed with. PostgreSQL reports the clash only once
   * that transaction has committed; H2 reports it at once, so the row may not be visible yet: wait
   * for it briefly. The key's application is a replay; another live application is a refusal.
   */
  private Submitted afterClash(long candidateId, String key, ApplicationForm form) {
    for (int attempt = 0; attempt < CLASH_WAITS; attempt++) {
      Optional<ApplicationView> winner = writes.byKey(candidateId, key);
      if (winner.isPresent()) {
        return replay(winner.get(), form);
      }
      if (writes.hasLiveApplication(candidateId, form.positionId())) {
        throw ApplicationWrites.alreadyApplied();
      }
      try {
        Thread.sleep(CLASH_WAIT_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw ApplicationWrites.alreadyApplied();
  }

  private static Submitted replay(ApplicationView earlier, ApplicationForm form) {
    if (form.positionId() != null && form.positionId() != earlier.positionId()) {
      throw InvalidInputException.of(
          "Idempotency-Key",
          "idempotencyKey.reused",
          "This Idempotency-Key already made an application to another position; use a new key");
    }
    return new Submitted(earlier, false);
  }
}
