package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.recruitment.application.ApplicationForm;
import org.zhaokao.recruitment.application.ApplicationSubmission;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.MyApplications;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * Applying to a position (报名): the application notice and the integrity pledge to read and sign,
 * the profile's data, the declaration and the position's questions. The view holds one idempotency
 * key, so a double click or a resent form makes one application. Opened with an application's id,
 * the same form corrects that application while the candidate may still change it (a returned one
 * goes back to the review); the notice and pledge were signed with the first submission.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "apply";

  @EJB private MyApplications mine;
  @EJB private ApplicationSubmission submission;
  @Inject private Login login;

  private Long positionId;
  private Long applicationId;
  private transient ApplicationView editing;
  private boolean copied;
  private final String idempotencyKey = UUID.randomUUID().toString();
  private transient MyApplications.Prefill prefill;
  private boolean noticeRead;
  private boolean pledgeSigned;
  private EducationLevel education;
  private Degree degree;
  private String school;
  private String major;
  private LocalDate graduatedOn;
  private PoliticalStatus politicalStatus;
  private Integer experienceYears;
  private String household;
  private final Map<String, String> answers = new LinkedHashMap<>();

  /** The form's starting point, or null when the position is not open to applications. */
  public MyApplications.Prefill getPrefill() {
    if (applicationId != null && getEditing() == null) {
      return null;
    }
    if (prefill == null && positionId != null) {
      try {
        prefill = mine.prefill(login.actor(), positionId);
      } catch (RecordNotFoundException e) {
        return null;
      }
    }
    return prefill;
  }

  /**
   * The application being corrected, its answers copied into the form on first read; null when
   * applying afresh, or when it is not the candidate's or can no longer be changed.
   */
  public ApplicationView getEditing() {
    if (editing == null && applicationId != null) {
      try {
        ApplicationView a = mine.get(login.actor(), applicationId);
        if (!a.openToCandidate()) {
          return null;
        }
        editing = a;
        positionId = a.positionId();
        if (!copied) {
          copy(a.form());
          copied = true;
        }
      } catch (RecordNotFoundException e) {
        return null;
      }
    }
    return editing;
  }

  private void copy(ApplicationForm form) {
    education = form.education();
    degree = form.degree();
    school = form.school();
    major = form.major();
    graduatedOn = form.graduatedOn();
    politicalStatus = form.politicalStatus();
    experienceYears = form.experienceYears();
    household = form.household();
    answers.putAll(form.answers());
  }

  public void submit() throws IOException {
    MyApplications.Prefill p = getPrefill();
    if (p == null) {
      PageMessages.error(
          null, applicationId == null ? "recruitment.notFound" : "apply.edit.closed");
      return;
    }
    if (applicationId == null && (!noticeRead || !pledgeSigned)) {
      PageMessages.error(FORM + ":pledgeSigned", "apply.pledge.required");
      return;
    }
    ApplicationForm form =
        new ApplicationForm(
            positionId,
            p.recruitment().notice().version(),
            p.recruitment().pledge().version(),
            education,
            degree,
            school,
            major,
            graduatedOn,
            politicalStatus,
            experienceYears,
            household,
            answers);
    try {
      if (applicationId == null) {
        submission.submit(login.actor(), idempotencyKey, form);
      } else {
        mine.revise(login.actor(), applicationId, form);
      }
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/account/applications.xhtml?"
                + (applicationId == null ? "submitted=1" : "revised=1"));
  }

  public EducationLevel[] getEducationLevels() {
    return EducationLevel.values();
  }

  public Degree[] getDegrees() {
    return Degree.values();
  }

  public PoliticalStatus[] getPoliticalStatuses() {
    return PoliticalStatus.values();
  }

  public Long getPositionId() {
    return positionId;
  }

  public void setPositionId(Long positionId) {
    this.positionId = positionId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public boolean isNoticeRead() {
    return noticeRead;
  }

  public void setNoticeRead(boolean noticeRead) {
    this.noticeRead = noticeRead;
  }

  public boolean isPledgeSigned() {
    return pledgeSigned;
  }

  public void setPledgeSigned(boolean pledgeSigned) {
    this.pledgeSigned = pledgeSigned;
  }

  public EducationLevel getEducation() {
    return education;
  }

  public void setEducation(EducationLevel education) {
    this.education = education;
  }

  public Degree getDegree() {
    return degree;
  }

  public void setDegree(Degree degree) {
    this.degree = degree;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getMajor() {
    return major;
  }

  public void setMajor(String major) {
    this.major = major;
  }

  public LocalDate getGraduatedOn() {
    return graduatedOn;
  }

  public void setGraduatedOn(LocalDate graduatedOn) {
    this.graduatedOn = graduatedOn;
  }

  public PoliticalStatus getPoliticalStatus() {
    return politicalStatus;
  }

  public void setPoliticalStatus(PoliticalStatus politicalStatus) {
    this.politicalStatus = politicalStatus;
  }

  public Integer getExperienceYears() {
    return experienceYears;
  }

  public void setExperienceYears(Integer experienceYears) {
    this.experienceYears = experienceYears;
  }

  public String getHousehold() {
    return household;
  }

  public void setHousehold(String household) {
    this.household = household;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }
}
