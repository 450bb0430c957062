package org.zhaokao.recruitment.domain.application;

import java.util.List;
import java.util.Optional;

/** Repository of applications, their timelines and the review's reason templates. */
public interface Applications {

  Optional<Application> find(long id);

  Optional<Application> findByKey(long candidateId, String idempotencyKey);

  Optional<Application> findLive(long candidateId, long recruitmentId);

  /** The candidate's applications, newest first. */
  List<Application> ofCandidate(long candidateId);

  /**
   * A page of the review queue.
   *
   * @param positionId only this position, or null for all
   * @param status only this status, or null for all
   */
  List<Application> queue(
      long recruitmentId, Long positionId, ApplicationStatus status, int page, int size);

  /** Approved or rejected applications not (or no longer) before the employer, oldest first. */
  List<Application> decidedUnsent(long recruitmentId);

  /** A page of the decisions waiting for the second reviewer (复审), oldest first. */
  List<Application> awaitingCheck(long recruitmentId, int page, int size);

  /** A page of the applications whose decision waits for the employer, oldest first. */
  List<Application> awaitingConfirmation(long recruitmentId, int page, int size);

  /** Every application whose current decision the employer confirmed, by id. */
  List<Application> confirmed(long recruitmentId);

  /**
   * Adds the application and writes it at once, so a clash with the unique constraints surfaces
   * here.
   *
   * @throws jakarta.persistence.PersistenceException on such a clash
   */
  Application addNow(Application application);

  void add(ApplicationEvent event);

  /** The application's timeline, oldest first. */
  List<ApplicationEvent> events(long applicationId);

  List<ReviewReason> reasons();

  Optional<ReviewReason> reason(String code);

  /**
   * The candidate's own application.
   *
   * @throws org.zhaokao.platform.validation.RecordNotFoundException for another's or no application
   *     alike, so ids cannot be probed
   */
  default Application owned(long candidateId, long applicationId) {
    return find(applicationId)
        .filter(a -> a.candidateId() == candidateId)
        .orElseThrow(
            () ->
                new org.zhaokao.platform.validation.RecordNotFoundException(
                    "application", applicationId));
  }
}
