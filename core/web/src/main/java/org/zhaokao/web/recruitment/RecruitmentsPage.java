package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.recruitment.application.EmployerAdmin;
import org.zhaokao.recruitment.application.EmployerForm;
import org.zhaokao.recruitment.application.Publication;
import org.zhaokao.recruitment.application.RecruitmentEditing;
import org.zhaokao.recruitment.application.RecruitmentForm;
import org.zhaokao.recruitment.application.RecruitmentView;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The console's recruitments (招考项目管理): the list, and the editor of one recruitment — title, window,
 * contacts, the announcement in a rich-text editor (cleaned on the server), notice and pledge —
 * with the publication steps (submit, approve by someone else, unpublish).
 */
@Named
@ViewScoped
public class RecruitmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "editor";
  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  @EJB private RecruitmentEditing editing;
  @EJB private Publication publication;
  @EJB private EmployerAdmin employers;
  @Inject private Login login;

  private Long id;
  private String code;
  private Long employerId;
  private String title;
  private String announcementHtml;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private String contacts;
  private String notice;
  private String pledge;
  private String reason;
  private transient RecruitmentView current;
  private transient List<RecruitmentEditing.Summary> list;
  private boolean loaded;

  public List<RecruitmentEditing.Summary> getList() {
    if (list == null) {
      list = editing.list(login.actor());
    }
    return list;
  }

  public List<EmployerForm> getEmployers() {
    return employers.list(login.actor());
  }

  /** Loads the recruitment named by {@code id} into the editor, once per view. */
  public void load() {
    if (loaded || id == null) {
      return;
    }
    loaded = true;
    try {
      RecruitmentView r = current();
      code = r.code();
      employerId = r.employerId();
      title = r.title();
      announcementHtml = r.announcementHtml();
      opensAt = r.opensAt().withOffsetSameInstant(CST).toLocalDateTime();
      closesAt = r.closesAt().withOffsetSameInstant(CST).toLocalDateTime();
      contacts = r.contacts();
      notice = r.notice().body();
      pledge = r.pledge().body();
    } catch (RuntimeException e) {
      id = null;
      Problems.show(FORM, e);
    }
  }

  public RecruitmentView getCurrent() {
    return id == null ? null : current();
  }

  private RecruitmentView current() {
    if (current == null) {
      current = editing.view(login.actor(), id);
    }
    return current;
  }

  /** Reads the recruitment again, after another bean on the page changed it. */
  void refresh() {
    current = null;
  }

  public void save() {
    RecruitmentForm form =
        new RecruitmentForm(
            code,
            employerId,
            title,
            announcementHtml,
            opensAt == null ? null : opensAt.atOffset(CST),
            closesAt == null ? null : closesAt.atOffset(CST),
            contacts,
            notice,
            pledge,
            id == null ? List.of() : new ArrayList<>(current().workPlan()));
    try {
      current =
          id == null
              ? editing.create(login.actor(), form)
              : editing.update(login.actor(), id, form);
      id = current.id();
      announcementHtml = current.announcementHtml();
      PageMessages.info("recruitments.saved");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void submit() {
    step(() -> publication.submit(login.actor(), id), "recruitments.submitted");
  }

  public void approve() {
    step(() -> publication.approve(login.actor(), id), "recruitments.approved");
  }

  public void unpublish() {
    step(() -> publication.unpublish(login.actor(), id, reason), "recruitments.unpublished");
  }

  private void step(java.util.function.Supplier<RecruitmentView> action, String done) {
    try {
      current = action.get();
      PageMessages.info(done);
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Long getEmployerId() {
    return employerId;
  }

  public void setEmployerId(Long employerId) {
    this.employerId = employerId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAnnouncementHtml() {
    return announcementHtml;
  }

  public void setAnnouncementHtml(String announcementHtml) {
    this.announcementHtml = announcementHtml;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public String getContacts() {
    return contacts;
  }

  public void setContacts(String contacts) {
    this.contacts = contacts;
  }

  public String getNotice() {
    return notice;
  }

  public void setNotice(String notice) {
    this.notice = notice;
  }

  public String getPledge() {
    return pledge;
  }

  public void setPledge(String pledge) {
    this.pledge = pledge;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
