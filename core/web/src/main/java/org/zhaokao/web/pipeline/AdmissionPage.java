package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;
import org.zhaokao.pipeline.application.flow.AdmissionView;
import org.zhaokao.pipeline.application.flow.Admissions;
import org.zhaokao.pipeline.application.flow.PipelineAccess;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts;
import org.zhaokao.pipeline.application.flow.Results;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * A recruitment's admission list in the console (拟录用名单): staff propose it after the last stage is
 * published, the employer confirms, staff publish it with a publicity period and take an admit off
 * during publicity (放弃/取消资格), whereupon the next ranked candidate is proposed (递补). The buttons
 * follow the viewer's permissions on this recruitment; {@link Admissions} checks again.
 */
@Named
@ViewScoped
public class AdmissionPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "admission";

  @EJB private Admissions admissions;
  @EJB private RecruitmentFacts facts;
  @EJB private Results results;
  @Inject private Login login;

  private Long recruitmentId;
  private Integer publicityDays = 7;
  private Long removeApplicationId;
  private String removeStatus = "WITHDRAWN";
  private String reason = "";
  private transient AdmissionView admission;
  private transient boolean loaded;

  /** The list, or null while none is proposed (or the viewer may not see the recruitment). */
  public AdmissionView getAdmission() {
    if (!loaded && recruitmentId != null) {
      loaded = true;
      try {
        admission = admissions.view(login.actor(), recruitmentId);
      } catch (RecordNotFoundException e) {
        admission = null;
      } catch (RuntimeException e) {
        Problems.show(FORM, e);
      }
    }
    return admission;
  }

  /** Chooses the admit (of the published list) to take off. */
  public void pick(long applicationId) {
    removeApplicationId = applicationId;
  }

  /** Whether the list, or a substitute on it, awaits the employer's confirmation. */
  public boolean isAwaitingConfirmation() {
    AdmissionView a = getAdmission();
    return a != null
        && ("PROPOSED".equals(a.status())
            || a.admits().stream().anyMatch(l -> "PROPOSED".equals(l.status())));
  }

  /** Whether the viewer may propose, publish and take admits off (pipeline:manage). */
  public boolean isManager() {
    return may(PipelineAccess.MANAGE);
  }

  /** Whether the viewer confirms for the recruitment's employer (pipeline:confirm). */
  public boolean isConfirmer() {
    return may(PipelineAccess.CONFIRM);
  }

  private boolean may(String permission) {
    return recruitmentId != null
        && facts
            .recruitment(recruitmentId)
            .map(r -> PipelineAccess.mayOn(login.actor(), permission, r))
            .orElse(false);
  }

  public void propose() {
    run(() -> admissions.propose(login.actor(), recruitmentId), "admission.proposed");
  }

  public void confirm() {
    run(() -> admissions.confirm(login.actor(), recruitmentId), "admission.confirmed");
  }

  public void publish() {
    run(
        () ->
            admissions.publish(
                login.actor(), recruitmentId, publicityDays == null ? 0 : publicityDays),
        "admission.published");
  }

  /**
   * Recomputes the ranking from the stored outcomes and compares its hashes with those recorded
   * when the list was proposed.
   */
  public void verifyRanking() {
    try {
      Results.Verification v = results.verify(login.actor(), recruitmentId);
      if (v.matches()) {
        PageMessages.info("admission.verified", v.inputsSha256());
      } else {
        PageMessages.error(
            null, "admission.verifyMismatch", v.recordedInputsSha256(), v.inputsSha256());
      }
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  /** Takes the chosen admit off and names the substitute the list now proposes, if any. */
  public void remove() {
    if (removeApplicationId == null) {
      PageMessages.error(null, "admission.removeWhom");
      return;
    }
    long gone = removeApplicationId;
    try {
      AdmissionView after =
          admissions.remove(login.actor(), recruitmentId, gone, removeStatus, reason);
      after.admits().stream()
          .filter(l -> Objects.equals(l.replacesApplicationId(), gone))
          .findFirst()
          .ifPresentOrElse(
              s ->
                  PageMessages.info(
                      "admission.removed.substitute",
                      String.valueOf(gone),
                      String.valueOf(s.applicationId())),
              () -> PageMessages.info("admission.removed.none", String.valueOf(gone)));
      removeApplicationId = null;
      reason = "";
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
    reload();
  }

  private void run(Supplier<AdmissionView> action, String doneKey) {
    try {
      action.get();
      PageMessages.info(doneKey);
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
    reload();
  }

  private void reload() {
    admission = null;
    loaded = false;
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Integer getPublicityDays() {
    return publicityDays;
  }

  public void setPublicityDays(Integer publicityDays) {
    this.publicityDays = publicityDays;
  }

  public Long getRemoveApplicationId() {
    return removeApplicationId;
  }

  public void setRemoveApplicationId(Long removeApplicationId) {
    this.removeApplicationId = removeApplicationId;
  }

  public String getRemoveStatus() {
    return removeStatus;
  }

  public void setRemoveStatus(String removeStatus) {
    this.removeStatus = removeStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
