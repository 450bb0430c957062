package org.zhaokao.content.domain.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A page of site content (网站内容): a working copy that editors change and a published copy the site
 * shows. A change becomes public only when a person other than its author approves it in the
 * information review (信息审核, S3); each approval makes a {@link PageVersion}.
 */
@Entity
@Table(name = "core_content_page")
public class ContentPage {

  @Id
  @SequenceGenerator(
      name = "core_content_page_seq",
      sequenceName = "core_content_page_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_content_page_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PageKind kind;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PageStatus status;

  @Column(name = "draft_title", nullable = false, length = 200)
  private String draftTitle;

  @Column(name = "draft_body", nullable = false, length = 100000)
  private String draftBody;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(name = "submitted_by")
  private Long submittedBy;

  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  @Column(name = "published_version", nullable = false)
  private int publishedVersion;

  @Column(name = "published_title", length = 200)
  private String publishedTitle;

  @Column(name = "published_body", length = 100000)
  private String publishedBody;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected ContentPage() {}

  public ContentPage(
      PageKind kind, int sortOrder, String title, String body, long author, OffsetDateTime at) {
    this.kind = kind;
    this.sortOrder = sortOrder;
    this.status = PageStatus.DRAFT;
    this.draftTitle = title;
    this.draftBody = body;
    this.authorId = author;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Replaces the working copy; a submitted or published page becomes a draft of this author. */
  public void write(int sortOrder, String title, String body, long author, OffsetDateTime at) {
    this.sortOrder = sortOrder;
    this.draftTitle = title;
    this.draftBody = body;
    this.authorId = author;
    this.status = PageStatus.DRAFT;
    this.submittedBy = null;
    this.updatedAt = at;
  }

  /** DRAFT → SUBMITTED. */
  public void submit(long by, OffsetDateTime at) {
    require(PageStatus.DRAFT);
    this.status = PageStatus.SUBMITTED;
    this.submittedBy = by;
    this.reviewNote = null;
    this.updatedAt = at;
  }

  /** Whether {@code reviewer} may decide: never the author of the working copy or its submitter. */
  public boolean reviewableBy(long reviewer) {
    return reviewer != authorId && (submittedBy == null || reviewer != submittedBy);
  }

  /**
   * SUBMITTED → PUBLISHED: the working copy becomes the site's copy under the next version number.
   */
  public PageVersion approve(long approver, String criteria, OffsetDateTime at) {
    require(PageStatus.SUBMITTED);
    publishedVersion++;
    publishedTitle = draftTitle;
    publishedBody = draftBody;
    status = PageStatus.PUBLISHED;
    reviewNote = null;
    updatedAt = at;
    return new PageVersion(
        id, publishedVersion, draftTitle, draftBody, authorId, approver, criteria, at);
  }

  /** SUBMITTED → DRAFT with the reviewer's note for the author. */
  public void reject(String note, OffsetDateTime at) {
    require(PageStatus.SUBMITTED);
    status = PageStatus.DRAFT;
    reviewNote = note;
    submittedBy = null;
    updatedAt = at;
  }

  private void require(PageStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("page " + id + " is " + status + ", not " + expected);
    }
  }

  public long id() {
    return id;
  }

  public PageKind kind() {
    return kind;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public PageStatus status() {
    return status;
  }

  public String draftTitle() {
    return draftTitle;
  }

  public String draftBody() {
    return draftBody;
  }

  public long authorId() {
    return authorId;
  }

  public Optional<String> reviewNote() {
    return Optional.ofNullable(reviewNote);
  }

  /** 0 while never published. */
  public int publishedVersion() {
    return publishedVersion;
  }

  public Optional<String> publishedTitle() {
    return Optional.ofNullable(publishedTitle);
  }

  public Optional<String> publishedBody() {
    return Optional.ofNullable(publishedBody);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
