package org.zhaokao.written.domain.offline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A place an offline exam is sat (考点). */
@Entity
@Table(name = "we_venue")
public class Venue {

  @Id
  @SequenceGenerator(name = "we_offline_seq", sequenceName = "we_offline_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_offline_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String address;

  protected Venue() {}

  public Venue(long examId, String name, String address) {
    this.examId = examId;
    this.name = name;
    this.address = address;
  }

  public Long id() {
    return id;
  }

  public long examId() {
    return examId;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }
}
