package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.zhaokao.pipeline.application.flow.Admissions;
import org.zhaokao.pipeline.application.flow.PublicAdmissionView;
import org.zhaokao.platform.validation.RecordNotFoundException;

/**
 * The portal's admission publicity page (拟录用人员公示, {@code admission.xhtml?recruitment=}) and the
 * link to it from a recruitment's page, shown once the list is published.
 */
@Named
@RequestScoped
public class PublicAdmissionPage {

  @EJB private Admissions admissions;

  private Long recruitment;
  private PublicAdmissionView list;
  private boolean looked;

  /** The published list of the page's recruitment, or null when there is none (yet). */
  public PublicAdmissionView getList() {
    if (!looked && recruitment != null) {
      list = find(recruitment);
      looked = true;
    }
    return list;
  }

  /** Whether the recruitment's admission list is public, for the link on its page. */
  public boolean publishedFor(long recruitmentId) {
    return find(recruitmentId) != null;
  }

  private PublicAdmissionView find(long recruitmentId) {
    try {
      return admissions.published(recruitmentId);
    } catch (RecordNotFoundException e) {
      return null;
    }
  }

  public Long getRecruitment() {
    return recruitment;
  }

  public void setRecruitment(Long recruitment) {
    this.recruitment = recruitment;
  }
}
