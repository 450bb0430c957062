package org.zhaokao.recruitment.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.zhaokao.pipeline.application.flow.RecruitmentLifecycle;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Moves a recruitment along its lifecycle as the pipeline reports (IN_STAGES when the first stage
 * is notified, ADMISSION_PUBLISHED with the admission list). The pipeline checked its user's
 * rights.
 */
@Stateless
@Local(RecruitmentLifecycle.class)
public class RecruitmentStages implements RecruitmentLifecycle {

  @Inject private Recruitments recruitments;
  @Inject private Guard guard;

  @Override
  public void stagesBegun(long recruitmentId) {
    change(recruitmentId, Recruitment::beginStages);
  }

  @Override
  public void admissionPublished(long recruitmentId) {
    change(recruitmentId, Recruitment::publishAdmission);
  }

  private void change(long recruitmentId, Predicate<Recruitment> step) {
    Recruitment r =
        recruitments
            .find(recruitmentId)
            .orElseThrow(() -> new IllegalArgumentException("No recruitment " + recruitmentId));
    if (step.test(r)) {
      guard.record(
          AuditEntry.builder("recruitment.status", AuditActor.system())
              .target("recruitment", String.valueOf(recruitmentId))
              .detail("status", r.status().name()));
    }
  }
}
