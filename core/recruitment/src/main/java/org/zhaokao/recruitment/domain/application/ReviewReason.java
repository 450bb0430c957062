package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reason template (审核意见模板) a reviewer picks when rejecting or returning an application; its
 * Chinese text is what the candidate reads.
 */
@Entity
@Table(name = "core_review_reason")
public class ReviewReason {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "text_zh", nullable = false, length = 200)
  private String textZh;

  @Column(name = "text_en", nullable = false, length = 200)
  private String textEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected ReviewReason() {}

  public String code() {
    return code;
  }

  public String textZh() {
    return textZh;
  }

  public String textEn() {
    return textEn;
  }
}
