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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An interview panel (面试考官组) in its room: the examiners (考官) who score, the chief examiner (主考官)
 * among them who amends sealed sheets and signs the summary, and the score-room clerk (计分员) who
 * unseals the sheets. Staff accounts are referred to by id.
 */
@Entity
@Table(name = "iv_panel")
public class Panel {

  @Id
  @SequenceGenerator(name = "iv_seq", sequenceName = "iv_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iv_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "room", nullable = false)
  private String room;

  @Column(name = "chief_account_id", nullable = false)
  private long chiefAccountId;

  @Column(name = "clerk_account_id", nullable = false)
  private long clerkAccountId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "iv_panel_examiner", joinColumns = @JoinColumn(name = "panel_id"))
  @Column(name = "account_id")
  private Set<Long> examiners = new TreeSet<>();

  @Column(name = "unsealed_at")
  private OffsetDateTime unsealedAt;

  @Column(name = "unsealed_by")
  private Long unsealedBy;

  @Column(name = "signed_at")
  private OffsetDateTime signedAt;

  @Column(name = "signed_by")
  private Long signedBy;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Panel() {}

  public Panel(
      long recruitmentId,
      String name,
      String room,
      Set<Long> examiners,
      long chiefAccountId,
      long clerkAccountId) {
    if (!examiners.contains(chiefAccountId)) {
      throw new IllegalArgumentException("the chief examiner must be one of the examiners");
    }
    if (examiners.contains(clerkAccountId)) {
      throw new IllegalArgumentException("the score-room clerk cannot be an examiner");
    }
    this.recruitmentId = recruitmentId;
    this.name = name;
    this.room = room;
    this.examiners.addAll(examiners);
    this.chiefAccountId = chiefAccountId;
    this.clerkAccountId = clerkAccountId;
  }

  /** The score room opens the sealed sheets. */
  public void unseal(long clerk, OffsetDateTime at) {
    if (unsealed()) {
      throw new IllegalStateException("the panel's sheets are unsealed already");
    }
    this.unsealedAt = at;
    this.unsealedBy = clerk;
  }

  /** The chief examiner signs the summary: the panel's scores are final. */
  public void sign(long chief, OffsetDateTime at) {
    if (!unsealed()) {
      throw new IllegalStateException("the sheets must be unsealed before the summary is signed");
    }
    if (signed()) {
      throw new IllegalStateException("the summary is signed already");
    }
    this.signedAt = at;
    this.signedBy = chief;
  }

  public boolean isExaminer(long accountId) {
    return examiners.contains(accountId);
  }

  /** Examiners, the chief and the clerk: who may see the panel's sheets once unsealed. */
  public boolean isMember(long accountId) {
    return isExaminer(accountId) || clerkAccountId == accountId;
  }

  public boolean unsealed() {
    return unsealedAt != null;
  }

  public boolean signed() {
    return signedAt != null;
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public String name() {
    return name;
  }

  public String room() {
    return room;
  }

  public Set<Long> examiners() {
    return Set.copyOf(examiners);
  }

  public long chiefAccountId() {
    return chiefAccountId;
  }

  public long clerkAccountId() {
    return clerkAccountId;
  }

  public Optional<OffsetDateTime> unsealedAt() {
    return Optional.ofNullable(unsealedAt);
  }

  public Optional<OffsetDateTime> signedAt() {
    return Optional.ofNullable(signedAt);
  }
}
