package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * The candidate's signature under the integrity pledge (诚信协议) after reading the application notice
 * (报名须知): which version of each, when, and from which address (SPEC F1).
 */
@Embeddable
public class Pledge {

  @Column(name = "notice_version", nullable = false)
  private int noticeVersion;

  @Column(name = "pledge_version", nullable = false)
  private int pledgeVersion;

  @Column(name = "pledged_at", nullable = false)
  private OffsetDateTime signedAt;

  @Column(name = "pledge_ip", nullable = false, length = 45)
  private String ip;

  protected Pledge() {}

  public Pledge(int noticeVersion, int pledgeVersion, OffsetDateTime signedAt, String ip) {
    this.noticeVersion = noticeVersion;
    this.pledgeVersion = pledgeVersion;
    this.signedAt = signedAt;
    this.ip = ip;
  }

  public int noticeVersion() {
    return noticeVersion;
  }

  public int pledgeVersion() {
    return pledgeVersion;
  }

  public OffsetDateTime signedAt() {
    return signedAt;
  }

  public String ip() {
    return ip;
  }
}
