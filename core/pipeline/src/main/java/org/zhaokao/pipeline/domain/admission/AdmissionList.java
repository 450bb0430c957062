package org.zhaokao.pipeline.domain.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * A recruitment's admission list as a whole (拟录用名单): proposed, confirmed by the employer, then
 * published with its publicity period (公示期). Substitutions during publicity keep it published.
 */
@Entity
@Table(name = "core_admission_list")
public class AdmissionList {

  @Id
  @Column(name = "recruitment_id")
  private long recruitmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AdmissionListStatus status;

  @Column(name = "confirmed_by")
  private Long confirmedBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "publicity_ends_at")
  private OffsetDateTime publicityEndsAt;

  /** SHA-256 of the ranking's inputs when the list was proposed, for the verifier. */
  @Column(name = "inputs_sha256", nullable = false, length = 64)
  private String inputsSha256;

  @Column(name = "ranking_sha256", nullable = false, length = 64)
  private String rankingSha256;

  @Version private long version;

  protected AdmissionList() {}

  public AdmissionList(long recruitmentId, String inputsSha256, String rankingSha256) {
    this.recruitmentId = recruitmentId;
    this.inputsSha256 = inputsSha256;
    this.rankingSha256 = rankingSha256;
    this.status = AdmissionListStatus.PROPOSED;
  }

  public void confirm(long by) {
    if (status != AdmissionListStatus.PROPOSED) {
      throw new ConflictException("admission.transition", "The list is already " + status);
    }
    this.status = AdmissionListStatus.CONFIRMED;
    this.confirmedBy = by;
  }

  /**
   * Publishes with a publicity period.
   *
   * @throws ConflictException unless confirmed, or when the period does not end after now
   */
  public void publish(OffsetDateTime now, OffsetDateTime publicityEnds) {
    if (status != AdmissionListStatus.CONFIRMED) {
      throw new ConflictException(
          "admission.transition", "Only a list the employer confirmed can be published");
    }
    if (!publicityEnds.isAfter(now)) {
      throw new ConflictException("admission.publicity", "The publicity period must end later");
    }
    this.status = AdmissionListStatus.PUBLISHED;
    this.publishedAt = now;
    this.publicityEndsAt = publicityEnds;
  }

  /** Whether withdrawals and disqualifications lead to substitution now (in publicity). */
  public boolean inPublicity(OffsetDateTime now) {
    return status == AdmissionListStatus.PUBLISHED && now.isBefore(publicityEndsAt);
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public String inputsSha256() {
    return inputsSha256;
  }

  public String rankingSha256() {
    return rankingSha256;
  }

  public AdmissionListStatus status() {
    return status;
  }

  public Optional<Long> confirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public Optional<OffsetDateTime> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<OffsetDateTime> publicityEndsAt() {
    return Optional.ofNullable(publicityEndsAt);
  }
}
