package org.zhaokao.content.domain.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One publication of a page (发布版本), kept whole and never changed: who wrote it, who approved it
 * against which review criteria, and when. Diffs and rollbacks read these.
 */
@Entity
@Table(name = "core_content_version")
public class PageVersion {

  @Id
  @SequenceGenerator(
      name = "core_content_version_seq",
      sequenceName = "core_content_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_content_version_seq")
  private Long id;

  @Column(name = "page_id", nullable = false)
  private long pageId;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 100000)
  private String body;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(name = "approver_id", nullable = false)
  private long approverId;

  @Column(nullable = false, length = 500)
  private String criteria;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  protected PageVersion() {}

  PageVersion(
      long pageId,
      int number,
      String title,
      String body,
      long authorId,
      long approverId,
      String criteria,
      OffsetDateTime publishedAt) {
    this.pageId = pageId;
    this.number = number;
    this.title = title;
    this.body = body;
    this.authorId = authorId;
    this.approverId = approverId;
    this.criteria = criteria;
    this.publishedAt = publishedAt;
  }

  public long pageId() {
    return pageId;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public long authorId() {
    return authorId;
  }

  public long approverId() {
    return approverId;
  }

  /** The confirmed criteria, comma-separated. */
  public String criteria() {
    return criteria;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }
}
