package org.zhaokao.discipline.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a violation type (违纪违规行为类型) of the catalogue: what counts as it, the standard that
 * defines it (法规条款), the evidence a decision needs and the sanctions it allows. Versions are never
 * changed: an edit adds the next version and makes it current, and an incident keeps the version it
 * was reported and decided under.
 */
@Entity
@Table(name = "dc_violation_type")
public class ViolationType {

  @Id
  @SequenceGenerator(name = "dc_violation_type_seq", sequenceName = "dc_violation_type_seq")
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dc_violation_type_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "type_version", nullable = false)
  private int version;

  @Column(name = "is_current", nullable = false)
  private boolean current;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(nullable = false, length = 2000)
  private String standard;

  @Column(name = "evidence_required", nullable = false)
  private boolean evidenceRequired;

  @Column(name = "evidence_note", nullable = false, length = 500)
  private String evidenceNote;

  @Column(nullable = false, length = 100)
  private String sanctions;

  @Column(name = "max_blacklist_years", nullable = false)
  private int maxBlacklistYears;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected ViolationType() {}

  /** The first version of a type, or the next one of {@code code} when {@code version > 1}. */
  public ViolationType(
      String code, int version, ViolationTypeTerms terms, String by, OffsetDateTime at) {
    this.code = code;
    this.version = version;
    this.current = true;
    this.nameZh = terms.nameZh();
    this.nameEn = terms.nameEn();
    this.standard = terms.standard();
    this.evidenceRequired = terms.evidenceRequired();
    this.evidenceNote = terms.evidenceNote();
    this.sanctions =
        terms.sanctions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.maxBlacklistYears = terms.maxBlacklistYears();
    this.createdBy = by;
    this.createdAt = at;
  }

  /** A newer version took over. */
  public void supersede() {
    current = false;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int version() {
    return version;
  }

  public boolean current() {
    return current;
  }

  public ViolationTypeTerms terms() {
    return new ViolationTypeTerms(
        nameZh, nameEn, standard, evidenceRequired, evidenceNote, allowed(), maxBlacklistYears);
  }

  /** The sanctions a decision under this version may impose. */
  public Set<Sanction> allowed() {
    Set<Sanction> out = EnumSet.noneOf(Sanction.class);
    Arrays.stream(sanctions.split(","))
        .filter(s -> !s.isBlank())
        .map(Sanction::valueOf)
        .forEach(out::add);
    return out;
  }

  public String nameZh() {
    return nameZh;
  }

  public String standard() {
    return standard;
  }

  public boolean evidenceRequired() {
    return evidenceRequired;
  }

  public int maxBlacklistYears() {
    return maxBlacklistYears;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
