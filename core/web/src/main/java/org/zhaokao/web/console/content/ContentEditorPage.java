package org.zhaokao.web.console.content;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.content.application.PageEditing;
import org.zhaokao.content.application.PageForm;
import org.zhaokao.content.application.PageReview;
import org.zhaokao.content.application.PageView;
import org.zhaokao.content.application.ReviewDecision;
import org.zhaokao.content.application.VersionView;
import org.zhaokao.content.domain.page.PageKind;
import org.zhaokao.content.domain.page.ReviewCriterion;
import org.zhaokao.content.domain.page.VersionDiff;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * One page in the console: the editor (PrimeFaces text editor) for the working copy, submission,
 * the reviewer's panel with the review criteria (信息审核, S3), the versions with a comparison of two
 * and the rollback to one. The use cases decide who may do what; this only shows their answers.
 */
@Named
@ViewScoped
public class ContentEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "page";

  @EJB private PageEditing editing;
  @EJB private PageReview review;
  @Inject private Login login;

  private Long id;
  private PageKind kind = PageKind.FAQ;
  private Integer sortOrder = 0;
  private String title;
  private String bodyHtml;
  private PageView page;
  private List<String> criteria = new ArrayList<>();
  private String note;
  private Integer from;
  private Integer to;
  private List<VersionDiff.Line> diff;

  /** Loads the page named by {@code ?id=}, if any (f:viewAction). */
  public void load() {
    if (id != null && page == null) {
      try {
        show(editing.view(login.actor(), id));
      } catch (RuntimeException e) {
        Problems.show(FORM, e);
      }
    }
  }

  public void save() {
    try {
      PageForm form = new PageForm(kind, sortOrder, title, bodyHtml);
      boolean created = page == null;
      show(created ? editing.create(login.actor(), form) : editing.update(login.actor(), id, form));
      PageMessages.info("content.saved");
      if (created) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        redirect();
      }
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void submit() {
    act(() -> editing.submit(login.actor(), id), "content.submitted");
  }

  public void approve() {
    act(
        () -> review.approve(login.actor(), id, new ReviewDecision(criteria, note)),
        "content.approved");
  }

  public void reject() {
    act(
        () -> review.reject(login.actor(), id, new ReviewDecision(criteria, note)),
        "content.rejected");
  }

  public void rollback(int number) {
    act(() -> editing.rollback(login.actor(), id, number), "content.rolledBack");
  }

  public void compare() {
    try {
      diff = from == null || to == null ? null : editing.diff(login.actor(), id, from, to);
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  private void act(java.util.function.Supplier<PageView> action, String done) {
    try {
      show(action.get());
      criteria = new ArrayList<>();
      note = null;
      PageMessages.info(done);
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  private void show(PageView view) {
    page = view;
    id = view.id();
    kind = view.kind();
    sortOrder = view.sortOrder();
    title = view.title();
    bodyHtml = view.bodyHtml();
  }

  private void redirect() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/console/content/edit.xhtml?id="
                  + id);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public List<VersionView> getVersions() {
    if (page == null) {
      return List.of();
    }
    try {
      return editing.versions(login.actor(), id);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  public PageKind[] getKinds() {
    return PageKind.values();
  }

  public ReviewCriterion[] getAllCriteria() {
    return ReviewCriterion.values();
  }

  /** Whether the viewer may decide on this submission (holds the permission, is not its author). */
  public boolean isReviewable() {
    return page != null
        && page.status() == org.zhaokao.content.domain.page.PageStatus.SUBMITTED
        && login.actor().isPermitted("content:publish")
        && login.actor().accountId() != page.authorId();
  }

  public PageView getPage() {
    return page;
  }

  public List<VersionDiff.Line> getDiff() {
    return diff;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PageKind getKind() {
    return kind;
  }

  public void setKind(PageKind kind) {
    this.kind = kind;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public void setBodyHtml(String bodyHtml) {
    this.bodyHtml = bodyHtml;
  }

  public List<String> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<String> criteria) {
    this.criteria = criteria;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}
