package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.recruitment.application.PositionPage;
import org.zhaokao.recruitment.application.PublicRecruitments;
import org.zhaokao.recruitment.application.RecruitmentView;

/**
 * The portal's announcements (招考公告): the list on the home page and one recruitment's page with its
 * positions page by page. Request-scoped and driven by GET parameters, so the season's busiest
 * pages open no session and every page of a search is a link.
 */
@Named
@RequestScoped
public class PortalRecruitments {

  @EJB private PublicRecruitments recruitments;

  private Long id;
  private String query;
  private Integer page;
  private RecruitmentView recruitment;
  private PositionPage positions;
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

  /** The page of positions the {@code q} and {@code page} parameters ask for. */
  public PositionPage getPositions() {
    if (positions == null && getRecruitment() != null) {
      positions = recruitments.positions(id, query, page, PositionPage.DEFAULT_SIZE);
    }
    return positions;
  }

  /** The query string of another page of the same search. */
  public String pageLink(int target) {
    StringBuilder link = new StringBuilder("?id=").append(id).append("&page=").append(target);
    if (query != null && !query.isBlank()) {
      link.append("&q=").append(URLEncoder.encode(query.strip(), StandardCharsets.UTF_8));
    }
    return link.toString();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
