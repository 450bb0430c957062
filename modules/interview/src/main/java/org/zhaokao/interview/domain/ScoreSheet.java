package org.zhaokao.interview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One examiner's score sheet for one candidate (评分表). A draft is the examiner's own; once submitted
 * it is sealed (密封): its examiner may no longer change it, nobody else sees it until the score room
 * unseals the panel's sheets, and only the chief examiner may amend it.
 */
@Entity
@Table(name = "iv_sheet")
public class ScoreSheet {

  /** Where a sheet stands. */
  public enum Status {
    DRAFT,
    SEALED
  }

  @Id
  @SequenceGenerator(name = "iv_seq", sequenceName = "iv_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iv_seq")
  private Long id;

  @Column(name = "slot_id", nullable = false)
  private long slotId;

  @Column(name = "examiner_account_id", nullable = false)
  private long examinerAccountId;

  @Column(name = "status", nullable = false)
  private String status = Status.DRAFT.name();

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "amended_at")
  private OffsetDateTime amendedAt;

  @Column(name = "amended_by")
  private Long amendedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "iv_sheet_score", joinColumns = @JoinColumn(name = "sheet_id"))
  @MapKeyColumn(name = "dimension_code")
  @Column(name = "score")
  private Map<String, BigDecimal> scores = new TreeMap<>();

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected ScoreSheet() {}

  public ScoreSheet(long slotId, long examinerAccountId) {
    this.slotId = slotId;
    this.examinerAccountId = examinerAccountId;
  }

  /**
   * The examiner enters scores (already checked against the scheme), and submits them when {@code
   * submit}.
   *
   * @throws IllegalStateException when the sheet is sealed
   */
  public void fill(Map<String, BigDecimal> checked, boolean submit, OffsetDateTime at) {
    if (sealed()) {
      throw new IllegalStateException("the sheet is sealed: only the chief examiner may amend it");
    }
    replace(checked);
    if (submit) {
      status = Status.SEALED.name();
      submittedAt = at;
    }
  }

  /**
   * The chief examiner corrects a sealed sheet.
   *
   * @throws IllegalStateException when the sheet is not sealed (its examiner still holds it)
   */
  public void amend(Map<String, BigDecimal> checked, long chief, OffsetDateTime at) {
    if (!sealed()) {
      throw new IllegalStateException("only a submitted sheet is amended; its examiner edits it");
    }
    replace(checked);
    amendedBy = chief;
    amendedAt = at;
  }

  /**
   * Whether {@code accountId} may read the sheet: its examiner always; anyone else only once the
   * panel's sheets are unsealed, and then only if the caller's role lets them (checked by the use
   * case). A draft is never shown to anyone but its examiner.
   */
  public boolean readableBy(long accountId, boolean panelUnsealed) {
    return accountId == examinerAccountId || (sealed() && panelUnsealed);
  }

  private void replace(Map<String, BigDecimal> checked) {
    scores.clear();
    scores.putAll(checked);
  }

  public boolean sealed() {
    return Status.SEALED.name().equals(status);
  }

  public Long id() {
    return id;
  }

  public long slotId() {
    return slotId;
  }

  public long examinerAccountId() {
    return examinerAccountId;
  }

  public Status status() {
    return Status.valueOf(status);
  }

  public Map<String, BigDecimal> scores() {
    return Map.copyOf(scores);
  }

  public Optional<OffsetDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<Long> amendedBy() {
    return Optional.ofNullable(amendedBy);
  }
}
