package org.zhaokao.content.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A complaint (投诉, SPEC Q3) from a visitor or candidate, filed on the web form or entered by staff
 * from a phone call or an e-mail. It carries a ticket number, the date by which the agency promised
 * to answer, the staff member it is assigned to, and the reply once given. The complainant's
 * contact is stored encrypted, with a blind index for the status page.
 */
@Entity
@Table(name = "core_complaint")
public class Complaint {

  /** The complainant as given on the form. */
  public record Complainant(
      String name, ContactKind contactKind, String contactEncrypted, String contactIndex) {}

  /** What the complaint is about. */
  public record Matter(String subject, String body) {}

  @Id
  @SequenceGenerator(
      name = "core_complaint_seq",
      sequenceName = "core_complaint_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_complaint_seq")
  private Long id;

  @Column(nullable = false, length = 20)
  private String ticket;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ComplaintChannel channel;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "entered_by")
  private Long enteredBy;

  @Column(nullable = false, length = 50)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_kind", nullable = false, length = 10)
  private ContactKind contactKind;

  @Column(name = "contact_enc", nullable = false, length = 1000)
  private String contactEncrypted;

  @Column(name = "contact_index", nullable = false, length = 100)
  private String contactIndex;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ComplaintStatus status;

  @Column(name = "filed_at", nullable = false)
  private OffsetDateTime filedAt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(length = 4000)
  private String reply;

  @Column(name = "replied_by")
  private Long repliedBy;

  @Column(name = "replied_at")
  private OffsetDateTime repliedAt;

  @Version private long version;

  protected Complaint() {}

  /**
   * @param accountId the candidate's account when a logged-in candidate filed it
   * @param enteredBy the staff member who entered a phone or e-mail complaint
   */
  public Complaint(
      String ticket,
      ComplaintChannel channel,
      Long accountId,
      Long enteredBy,
      Complainant who,
      Matter matter,
      OffsetDateTime filedAt,
      LocalDate dueOn) {
    this.ticket = ticket;
    this.channel = channel;
    this.accountId = accountId;
    this.enteredBy = enteredBy;
    this.name = who.name();
    this.contactKind = who.contactKind();
    this.contactEncrypted = who.contactEncrypted();
    this.contactIndex = who.contactIndex();
    this.subject = matter.subject();
    this.body = matter.body();
    this.status = ComplaintStatus.OPEN;
    this.filedAt = filedAt;
    this.dueOn = dueOn;
  }

  public void assignTo(long staffAccountId) {
    this.assigneeId = staffAccountId;
  }

  /** Records the answer; a later reply replaces it (the audit trail keeps each). */
  public void answer(String text, long by, OffsetDateTime at) {
    this.reply = text;
    this.repliedBy = by;
    this.repliedAt = at;
    this.status = ComplaintStatus.ANSWERED;
  }

  /** Open after the promised day. */
  public boolean overdueOn(LocalDate today) {
    return status == ComplaintStatus.OPEN && today.isAfter(dueOn);
  }

  public long id() {
    return id;
  }

  public String ticket() {
    return ticket;
  }

  public ComplaintChannel channel() {
    return channel;
  }

  public Optional<Long> accountId() {
    return Optional.ofNullable(accountId);
  }

  public Optional<Long> enteredBy() {
    return Optional.ofNullable(enteredBy);
  }

  public String name() {
    return name;
  }

  public ContactKind contactKind() {
    return contactKind;
  }

  public String contactEncrypted() {
    return contactEncrypted;
  }

  public String contactIndex() {
    return contactIndex;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public ComplaintStatus status() {
    return status;
  }

  public OffsetDateTime filedAt() {
    return filedAt;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Optional<Long> assigneeId() {
    return Optional.ofNullable(assigneeId);
  }

  public Optional<String> reply() {
    return Optional.ofNullable(reply);
  }

  public Optional<OffsetDateTime> repliedAt() {
    return Optional.ofNullable(repliedAt);
  }
}
