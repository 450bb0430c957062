package org.zhaokao.content.domain.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One value of the site settings (系统设置) staff edit; a key without a row takes its default. */
@Entity
@Table(name = "core_site_setting")
public class SiteSetting {

  @Id
  @Column(name = "setting_key", length = 60)
  private String key;

  @Column(name = "setting_value", nullable = false, length = 500)
  private String value;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SiteSetting() {}

  public SiteSetting(String key, String value, Long updatedBy, OffsetDateTime updatedAt) {
    this.key = key;
    this.value = value;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public void change(String value, Long by, OffsetDateTime at) {
    this.value = value;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }
}
