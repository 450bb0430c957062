package org.zhaokao.pipeline.domain.stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.zhaokao.plugins.api.InstalledStage;
import org.zhaokao.plugins.api.StageStatus;

/**
 * The installation record of one stage plugin (阶段插件安装记录), by stage id: which version was seen, when
 * it first and last came or went, and how its last registration ended. Kept after the plugin is
 * undeployed.
 */
@Entity
@Table(name = "core_installed_stage")
public class StageInstallation {

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 60)
  private String version;

  @Column(name = "spi_version", nullable = false, length = 20)
  private String spiVersion;

  @Column(name = "name_zh", nullable = false, length = 200)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Column(name = "context_path", nullable = false, length = 100)
  private String contextPath;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_status", nullable = false, length = 20)
  private StageStatus lastStatus;

  @Column(name = "last_reason", nullable = false, length = 1000)
  private String lastReason;

  @Column(name = "first_seen", nullable = false)
  private OffsetDateTime firstSeen;

  @Column(name = "last_seen", nullable = false)
  private OffsetDateTime lastSeen;

  protected StageInstallation() {}

  /** The first time a plugin with this id registers. */
  public StageInstallation(String id, OffsetDateTime at) {
    this.id = id;
    this.firstSeen = at;
    this.lastSeen = at;
  }

  /** A registration: remembers what was deployed and how the registration ended. */
  public void registered(
      String version,
      String spiVersion,
      String nameZh,
      String nameEn,
      String contextPath,
      StageStatus status,
      String reason,
      OffsetDateTime at) {
    if (status == StageStatus.UNAVAILABLE) {
      throw new IllegalArgumentException("a registration ends active, incompatible or failed");
    }
    this.version = version;
    this.spiVersion = spiVersion;
    this.nameZh = truncate(nameZh, 200);
    this.nameEn = truncate(nameEn, 200);
    this.contextPath = contextPath;
    this.lastStatus = status;
    this.lastReason = truncate(reason, 1000);
    this.lastSeen = at;
  }

  /** The plugin unregistered (undeployed, or the core is going down). */
  public void departed(OffsetDateTime at) {
    this.lastSeen = at;
  }

  /**
   * What plugins and screens may know of this installation, given whether the plugin is deployed
   * now.
   */
  public InstalledStage toInstalledStage(StageStatus currentStatus, String currentReason) {
    return new InstalledStage(
        id, version, spiVersion, currentStatus, currentReason, firstSeen, lastSeen);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String spiVersion() {
    return spiVersion;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String contextPath() {
    return contextPath;
  }

  public StageStatus lastStatus() {
    return lastStatus;
  }

  public String lastReason() {
    return lastReason;
  }

  public OffsetDateTime firstSeen() {
    return firstSeen;
  }

  public OffsetDateTime lastSeen() {
    return lastSeen;
  }
}
