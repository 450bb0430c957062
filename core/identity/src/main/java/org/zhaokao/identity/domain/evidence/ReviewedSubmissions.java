package org.zhaokao.identity.domain.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What the repositories of every kind of {@link ReviewedSubmission} share: the submission and its
 * sealed evidence stored apart, found by id, and the queue of those waiting for a reviewer.
 *
 * @param <S> the kind of submission
 * @param <E> its evidence
 */
public interface ReviewedSubmissions<S extends ReviewedSubmission, E extends SealedEvidence> {

  /** Adds the submission and assigns its id (flushed, so a duplicate pending one fails here). */
  S add(S submission);

  void add(E evidence);

  Optional<S> find(long id);

  Optional<E> evidence(long submissionId);

  /** Every submission waiting for a reviewer, oldest first. */
  List<S> pending();
}
