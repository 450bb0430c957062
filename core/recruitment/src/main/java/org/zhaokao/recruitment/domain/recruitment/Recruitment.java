package org.zhaokao.recruitment.domain.recruitment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * A recruitment (招考项目): one employer's recruitment examination with its announcement (招考公告, SPEC
 * R4), application window, contacts, exam work plan (R3) and positions. Publication takes two
 * people (S3): an editor submits it, someone else approves it.
 */
@Entity
@Table(name = "core_recruitment")
public class Recruitment {

  @Id
  @SequenceGenerator(
      name = "core_recruitment_seq",
      sequenceName = "core_recruitment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_recruitment_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "employer_id", nullable = false)
  private long employerId;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private RecruitmentStatus status = RecruitmentStatus.DRAFT;

  /** Already sanitised ({@link AnnouncementHtml}): safe to render as it is. */
  @Column(name = "announcement_html", nullable = false, length = 200000)
  private String announcementHtml;

  @Embedded private ApplicationWindow window;

  @Column(nullable = false, length = 1000)
  private String contacts;

  @Column(name = "notice_version", nullable = false)
  private int noticeVersion;

  @Column(name = "pledge_version", nullable = false)
  private int pledgeVersion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "core_work_phase", joinColumns = @JoinColumn(name = "recruitment_id"))
  @OrderColumn(name = "seq")
  private List<WorkPhase> workPlan = new ArrayList<>();

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "submitted_by")
  private Long submittedBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "published_by")
  private Long publishedBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  /** Why publication was sent back or withdrawn, for the editor. */
  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  /** 复审: each approval or rejection is checked by a second reviewer before the employer sees it. */
  @Column(name = "second_review", nullable = false)
  private boolean secondReview;

  @Version private long version;

  protected Recruitment() {}

  public Recruitment(String code, long employerId, Content content, long by, OffsetDateTime at) {
    this.code = code;
    this.employerId = employerId;
    this.createdBy = by;
    this.createdAt = at;
    apply(content);
  }

  /**
   * What an editor writes.
   *
   * @param title e.g. 2026年某市人力资源和社会保障局所属事业单位公开招聘工作人员
   * @param announcementHtml sanitised announcement
   * @param window application window
   * @param contacts consultation phone numbers and hours
   * @param workPlan phases in order
   */
  public record Content(
      String title,
      String announcementHtml,
      ApplicationWindow window,
      String contacts,
      List<WorkPhase> workPlan) {}

  /**
   * Replaces what an editor writes. A recruitment waiting for approval goes back to draft: the
   * approver must see exactly what gets published.
   *
   * @throws ConflictException once published (unpublish first)
   */
  public void edit(Content content) {
    requireEditable();
    status = RecruitmentStatus.DRAFT;
    apply(content);
  }

  private void apply(Content content) {
    this.title = content.title();
    this.announcementHtml = content.announcementHtml();
    this.window = content.window();
    this.contacts = content.contacts();
    this.workPlan.clear();
    this.workPlan.addAll(content.workPlan());
  }

  /** Positions may change, and texts get new versions, only before publication. */
  public void requireEditable() {
    if (status != RecruitmentStatus.DRAFT && status != RecruitmentStatus.PENDING_PUBLICATION) {
      throw new ConflictException(
          "recruitment-published",
          "Recruitment " + code + " is " + status + "; unpublish it before changing it");
    }
    if (status == RecruitmentStatus.PENDING_PUBLICATION) {
      status = RecruitmentStatus.DRAFT;
    }
  }

  /** Records that the notice or pledge got a new version. */
  public void textVersion(TextKind kind, int newVersion) {
    if (kind == TextKind.NOTICE) {
      noticeVersion = newVersion;
    } else {
      pledgeVersion = newVersion;
    }
  }

  public int textVersion(TextKind kind) {
    return kind == TextKind.NOTICE ? noticeVersion : pledgeVersion;
  }

  /**
   * DRAFT → PENDING_PUBLICATION.
   *
   * @throws ConflictException when not a draft
   */
  public void submitForPublication(long by, OffsetDateTime at) {
    requireStatus(RecruitmentStatus.DRAFT, "submit it for publication");
    status = RecruitmentStatus.PENDING_PUBLICATION;
    submittedBy = by;
    submittedAt = at;
    reviewNote = null;
  }

  /** Whether {@code accountId} may approve: never the person who submitted it (four eyes). */
  public boolean approvableBy(long accountId) {
    return submittedBy != null && submittedBy != accountId;
  }

  /**
   * PENDING_PUBLICATION → PUBLISHED.
   *
   * @throws ConflictException when not waiting for approval
   * @throws IllegalStateException when {@code by} submitted it: check {@link #approvableBy} first
   */
  public void approvePublication(long by, OffsetDateTime at) {
    requireStatus(RecruitmentStatus.PENDING_PUBLICATION, "approve its publication");
    if (!approvableBy(by)) {
      throw new IllegalStateException("the submitter cannot approve their own submission");
    }
    status = RecruitmentStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  /** PENDING_PUBLICATION → DRAFT with the reviewer's note. */
  public void sendBack(String note) {
    requireStatus(RecruitmentStatus.PENDING_PUBLICATION, "send it back");
    status = RecruitmentStatus.DRAFT;
    reviewNote = note;
  }

  /**
   * Turns the second-level review (复审) on or off; only while the eligibility review can still run
   * (before the stages begin).
   */
  public void secondReview(boolean on) {
    if (status == RecruitmentStatus.IN_STAGES || status == RecruitmentStatus.ADMISSION_PUBLISHED) {
      throw new ConflictException(
          "review-over", "Recruitment " + code + " is " + status + "; its review is over");
    }
    secondReview = on;
  }

  /** Whether decisions need a second reviewer's check before they go to the employer. */
  public boolean secondReview() {
    return secondReview;
  }

  /** PUBLISHED → DRAFT: the announcement leaves the site; applications taken so far stay. */
  public void unpublish(String reason) {
    requireStatus(RecruitmentStatus.PUBLISHED, "unpublish it");
    status = RecruitmentStatus.DRAFT;
    reviewNote = reason;
    publishedAt = null;
    publishedBy = null;
  }

  /**
   * PUBLISHED → IN_STAGES when the first stage is notified.
   *
   * @return whether the status changed (false when the stages had begun already)
   */
  public boolean beginStages() {
    if (status != RecruitmentStatus.PUBLISHED) {
      return false;
    }
    status = RecruitmentStatus.IN_STAGES;
    return true;
  }

  /**
   * IN_STAGES (or PUBLISHED, for a chain begun before the status was kept) → ADMISSION_PUBLISHED
   * when the admission list is published.
   *
   * @return whether the status changed
   */
  public boolean publishAdmission() {
    if (status != RecruitmentStatus.IN_STAGES && status != RecruitmentStatus.PUBLISHED) {
      return false;
    }
    status = RecruitmentStatus.ADMISSION_PUBLISHED;
    return true;
  }

  /** The lifecycle phase at {@code now}: APPLYING and REVIEWING follow from the window. */
  public Phase phaseAt(Instant now) {
    if (status != RecruitmentStatus.PUBLISHED) {
      return Phase.valueOf(status.name());
    }
    if (window.hasClosedAt(now)) {
      return Phase.REVIEWING;
    }
    return window.isOpenAt(now) ? Phase.APPLYING : Phase.PUBLISHED;
  }

  /** Whether a candidate may apply, edit or withdraw at {@code now}. */
  public boolean takesApplicationsAt(Instant now) {
    return phaseAt(now) == Phase.APPLYING;
  }

  private void requireStatus(RecruitmentStatus wanted, String what) {
    if (status != wanted) {
      throw new ConflictException(
          "recruitment-status",
          "Recruitment " + code + " is " + status + ": cannot " + what + " (needs " + wanted + ")");
    }
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public long employerId() {
    return employerId;
  }

  public String title() {
    return title;
  }

  public RecruitmentStatus status() {
    return status;
  }

  public String announcementHtml() {
    return announcementHtml;
  }

  public ApplicationWindow window() {
    return window;
  }

  public String contacts() {
    return contacts;
  }

  public List<WorkPhase> workPlan() {
    return List.copyOf(workPlan);
  }

  public long createdBy() {
    return createdBy;
  }

  public Optional<Long> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<OffsetDateTime> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<String> reviewNote() {
    return Optional.ofNullable(reviewNote);
  }

  public long version() {
    return version;
  }
}
