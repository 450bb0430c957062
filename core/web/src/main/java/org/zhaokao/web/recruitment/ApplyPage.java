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
import org.zhaokao.recruitment.application.MyApplications;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * Applying to a position (报名): the application notice and the integrity pledge to read and sign,
 * the profile's data, the declaration and the position's questions. The view holds one idempotency
 * key, so a double click or a resent form makes one application.
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
    if (prefill == null && positionId != null) {
      try {
        prefill = mine.prefill(login.actor(), positionId);
      } catch (RecordNotFoundException e) {
        return null;
      }
    }
    return prefill;
  }

  public void submit() throws IOException {
    MyApplications.Prefill p = getPrefill();
    if (p == null) {
      PageMessages.error(null, "recruitment.notFound");
      return;
    }
    if (!noticeRead || !pledgeSigned) {
      PageMessages.error(FORM + ":pledgeSigned", "apply.pledge.required");
      return;
    }
    try {
      submission.submit(
          login.actor(),
          idempotencyKey,
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
              answers));
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/account/applications.xhtml?submitted=1");
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
