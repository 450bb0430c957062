package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.recruitment.application.PublicRecruitments;
import org.zhaokao.recruitment.application.RecruitmentView;

/** The portal's announcements (招考公告): the list on the home page and one recruitment's page. */
@Named
@RequestScoped
public class PortalRecruitments {

  @EJB private PublicRecruitments recruitments;

  private Long id;
  private RecruitmentView recruitment;
  private boolean missing;

  public List<PublicRecruitments.Announcement> getAnnouncements() {
    return recruitments.announcements();
  }

  /** The recruitment named by the {@code id} parameter, or null when it is not published. */
  public RecruitmentView getRecruitment() {
    if (recruitment == null && !missing && id != null) {
      try {
        recruitment = recruitments.recruitment(id);
      } catch (RecordNotFoundException e) {
        missing = true;
      }
    }
    return recruitment;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
