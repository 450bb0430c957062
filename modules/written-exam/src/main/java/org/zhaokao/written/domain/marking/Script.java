package org.zhaokao.written.domain.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.security.SecureRandom;

/**
 * A sat paper as marking knows it (答卷, 密封编号): an anonymous code markers see instead of any name,
 * ticket number or account, and the machine's score of its objective questions. Only this row links
 * the code to the application, and no marker's view reads it.
 */
@Entity
@Table(name = "we_script")
public class Script {

  private static final SecureRandom RANDOM = new SecureRandom();
  // No 0/O or 1/I: codes are read aloud and copied by hand.
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  @Id
  @SequenceGenerator(name = "we_script_seq", sequenceName = "we_script_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_script_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(name = "paper_id", nullable = false, unique = true)
  private long paperId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(name = "objective_score", nullable = false, precision = 9, scale = 2)
  private BigDecimal objectiveScore;

  protected Script() {}

  public Script(long examId, long paperId, long applicationId, BigDecimal objectiveScore) {
    this.examId = examId;
    this.paperId = paperId;
    this.applicationId = applicationId;
    this.code = newCode();
    this.objectiveScore = objectiveScore;
  }

  /** A fresh random code: {@code S-} and ten characters (50 bits). */
  static String newCode() {
    StringBuilder b = new StringBuilder("S-");
    for (int i = 0; i < 10; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  public Long id() {
    return id;
  }

  public long examId() {
    return examId;
  }

  public long paperId() {
    return paperId;
  }

  public long applicationId() {
    return applicationId;
  }

  public String code() {
    return code;
  }

  public BigDecimal objectiveScore() {
    return objectiveScore;
  }
}
