package org.zhaokao.interview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.ScoringScheme;
import org.zhaokao.interview.domain.Slot;

/** Finds the records a use case acts on, or refuses with the problem the API shows. */
@ApplicationScoped
public class Records {

  @Inject private InterviewStore store;
  @Inject private Stage stage;

  /** The scheme, or 409 when the recruitment has none yet. */
  ScoringScheme scheme(long recruitmentId) {
    return store
        .scheme(recruitmentId)
        .orElseThrow(
            () ->
                InterviewProblem.conflict(
                    "no-scheme", "Define the recruitment's scoring scheme first"));
  }

  /** 404 unless the recruitment's chain holds the interview. */
  void requireInChain(long recruitmentId) {
    boolean present =
        stage.core().roster().assignments(InterviewPlugin.ID).stream()
            .anyMatch(a -> a.recruitmentId() == recruitmentId);
    if (!present) {
      throw new InterviewProblem(
          404, "not-in-chain", "Recruitment " + recruitmentId + " has no interview stage");
    }
  }

  Panel panel(long id) {
    return store.panel(id).orElseThrow(() -> InterviewProblem.notFound("panel", id));
  }

  InterviewSession session(long id) {
    return store.session(id).orElseThrow(() -> InterviewProblem.notFound("session", id));
  }

  Slot slot(long id) {
    return store.slot(id).orElseThrow(() -> InterviewProblem.notFound("slot", id));
  }
}
