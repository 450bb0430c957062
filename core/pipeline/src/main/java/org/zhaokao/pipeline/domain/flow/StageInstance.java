package org.zhaokao.pipeline.domain.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * One stage of one recruitment (阶段实例): its place in the chain, its settings and where it stands in
 * its lifecycle. The settings are frozen once the stage starts; a later change is proposed by one
 * person and takes effect only when a second person approves it.
 */
@Entity
@Table(name = "core_stage_instance")
public class StageInstance {

  @Id
  @SequenceGenerator(
      name = "core_stage_instance_seq",
      sequenceName = "core_stage_instance_seq",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_stage_instance_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  /** Place in the chain, from 1. */
  @Column(nullable = false)
  private int seq;

  @Column(name = "stage_id", nullable = false, length = 40)
  private String stageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private StageInstanceStatus status;

  @Convert(converter = StageSettingsConverter.class)
  @Column(nullable = false, length = 200)
  private StageSettings settings;

  @Convert(converter = StageSettingsConverter.class)
  @Column(name = "pending_settings", length = 200)
  private StageSettings pendingSettings;

  @Column(name = "pending_by")
  private Long pendingBy;

  @Column(name = "confirmed_by")
  private Long confirmedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "starts_at")
  private OffsetDateTime startsAt;

  @Column(name = "ends_at")
  private OffsetDateTime endsAt;

  @Column(name = "place", length = StageSchedule.MAX_PLACE)
  private String place;

  @Convert(converter = PluginValuesConverter.class)
  @Column(name = "plugin_config", length = 30000)
  private Map<String, String> pluginConfig = new LinkedHashMap<>();

  @Version private long version;

  protected StageInstance() {}

  public StageInstance(long recruitmentId, int seq, String stageId, OffsetDateTime now) {
    this.recruitmentId = recruitmentId;
    this.seq = seq;
    this.stageId = Objects.requireNonNull(stageId);
    this.status = StageInstanceStatus.CONFIGURED;
    this.settings = StageSettings.initial();
    this.updatedAt = now;
  }

  /**
   * Sets the stage's settings while it has not started.
   *
   * @throws ConflictException once it has: use {@link #proposeSettings}
   */
  public void configure(StageSettings newSettings, OffsetDateTime now) {
    if (status.started()) {
      throw new ConflictException(
          "stage.frozen",
          "The stage has started, its rule is frozen: propose the change for a second approver");
    }
    this.settings = Objects.requireNonNull(newSettings);
    this.updatedAt = now;
  }

  /**
   * Sets the stage plugin's own settings (already checked against its config metadata) while the
   * stage has not started.
   *
   * @throws ConflictException once it has
   */
  public void configurePlugin(Map<String, String> values, OffsetDateTime now) {
    if (status.started()) {
      throw new ConflictException(
          "stage.frozen", "The stage has started: its plugin settings are frozen");
    }
    this.pluginConfig = new LinkedHashMap<>(values);
    this.updatedAt = now;
  }

  /** The stage plugin's settings as entered; empty means the plugin's defaults. */
  public Map<String, String> pluginConfig() {
    return pluginConfig == null ? Map.of() : Map.copyOf(pluginConfig);
  }

  /**
   * Sets when and where the stage takes place; it may move until the stage starts.
   *
   * @throws ConflictException once it has started
   */
  public void schedule(StageSchedule schedule, OffsetDateTime now) {
    if (status.started()) {
      throw new ConflictException(
          "stage.started", "The stage has started: its time and place are fixed");
    }
    this.startsAt = schedule.startsAt();
    this.endsAt = schedule.endsAt();
    this.place = schedule.place();
    this.updatedAt = now;
  }

  /** When and where, once set. */
  public Optional<StageSchedule> schedule() {
    return startsAt == null
        ? Optional.empty()
        : Optional.of(new StageSchedule(startsAt, endsAt, place));
  }

  /** Proposes a change of a started stage's settings; a second person must approve it. */
  public void proposeSettings(StageSettings proposed, long by, OffsetDateTime now) {
    if (!status.started()) {
      throw new ConflictException("stage.not-frozen", "The stage has not started: just change it");
    }
    if (status == StageInstanceStatus.PUBLISHED) {
      throw new ConflictException("stage.published", "The stage's results are published");
    }
    this.pendingSettings = Objects.requireNonNull(proposed);
    this.pendingBy = by;
    this.updatedAt = now;
  }

  /**
   * Applies the proposed change.
   *
   * @throws ConflictException without a proposal, or when the proposer approves their own
   */
  public StageSettings approveSettings(long by, OffsetDateTime now) {
    if (pendingSettings == null) {
      throw new ConflictException("stage.no-proposal", "No change of the rule awaits approval");
    }
    if (pendingBy != null && pendingBy == by) {
      throw new ConflictException(
          "stage.same-approver", "A second person must approve a change of a frozen rule");
    }
    if (status == StageInstanceStatus.PUBLISHED) {
      throw new ConflictException("stage.published", "The stage's results are published");
    }
    this.settings = pendingSettings;
    this.pendingSettings = null;
    this.pendingBy = null;
    this.updatedAt = now;
    return settings;
  }

  /**
   * Moves one step forward.
   *
   * @throws ConflictException when {@code target} is not the next step
   */
  public void moveTo(StageInstanceStatus target, OffsetDateTime now) {
    if (status.next().filter(target::equals).isEmpty()) {
      throw new ConflictException(
          "stage.transition",
          "A stage that is " + status + " cannot become " + target + " (steps go one at a time)");
    }
    this.status = target;
    this.updatedAt = now;
  }

  /** Records the employer's confirmation (招考单位确认). */
  public void confirm(long by, OffsetDateTime now) {
    moveTo(StageInstanceStatus.CONFIRMED_BY_EMPLOYER, now);
    this.confirmedBy = by;
  }

  /** Whether outcomes may be reported directly (not yet confirmed, and started). */
  public boolean takesOutcomes() {
    return status == StageInstanceStatus.IN_PROGRESS
        || status == StageInstanceStatus.RESULTS_ENTERED;
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public int seq() {
    return seq;
  }

  public String stageId() {
    return stageId;
  }

  public StageInstanceStatus status() {
    return status;
  }

  public StageSettings settings() {
    return settings;
  }

  public Optional<StageSettings> pendingSettings() {
    return Optional.ofNullable(pendingSettings);
  }

  public Optional<Long> pendingBy() {
    return Optional.ofNullable(pendingBy);
  }

  public Optional<Long> confirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
