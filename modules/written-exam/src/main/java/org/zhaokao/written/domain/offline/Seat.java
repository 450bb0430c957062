package org.zhaokao.written.domain.offline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A candidate's seat (座位) in a room, and what the invigilator marked for it. */
@Entity
@Table(name = "we_seat")
public class Seat {

  @Id
  @SequenceGenerator(name = "we_offline_seq", sequenceName = "we_offline_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_offline_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(name = "room_id", nullable = false)
  private long roomId;

  @Column(name = "seat_no", nullable = false)
  private int seatNo;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "ticket_number", nullable = false)
  private String ticketNumber;

  @Column(name = "allocation_id", nullable = false)
  private long allocationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Presence presence = Presence.UNMARKED;

  @Column(name = "incident_id")
  private Long incidentId;

  @Column(name = "marked_at")
  private Instant markedAt;

  @Column(name = "marked_by")
  private Long markedBy;

  protected Seat() {}

  public Seat(
      long examId,
      long roomId,
      int seatNo,
      long applicationId,
      String ticketNumber,
      long allocationId) {
    this.examId = examId;
    this.roomId = roomId;
    this.seatNo = seatNo;
    this.applicationId = applicationId;
    this.ticketNumber = ticketNumber;
    this.allocationId = allocationId;
  }

  /** Records the invigilator's mark. */
  public void mark(Presence p, Instant at, long by) {
    presence = p;
    markedAt = at;
    markedBy = by;
  }

  public void referred(long incident) {
    incidentId = incident;
  }

  public Long id() {
    return id;
  }

  public long examId() {
    return examId;
  }

  public long roomId() {
    return roomId;
  }

  public int seatNo() {
    return seatNo;
  }

  public long applicationId() {
    return applicationId;
  }

  public String ticketNumber() {
    return ticketNumber;
  }

  public Presence presence() {
    return presence;
  }

  public Long incidentId() {
    return incidentId;
  }
}
