package org.zhaokao.content.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.content.domain.complaint.Complaint;
import org.zhaokao.content.domain.complaint.ComplaintNote;
import org.zhaokao.content.domain.complaint.Complaints;
import org.zhaokao.identity.domain.account.AccountKind;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.Masking;
import org.zhaokao.recruitment.application.Guard;

/**
 * Staff handle complaints (投诉处理): the list with overdue ones flagged, one complaint with its notes,
 * assignment to a staff member, internal notes, and the reply — stored, shown on the status page,
 * and sent to the complainant through the notifier in the same transaction (the inbox of a
 * candidate's account, otherwise the e-mail or mobile they gave). Every change is audited.
 */
@Stateless
public class ComplaintHandling {

  @Inject private Complaints complaints;
  @Inject private Guard guard;
  @Inject private DataProtection protection;
  @Inject private Accounts accounts;
  @EJB private Notifier notifier;

  /** The newest 500 complaints; contacts masked. */
  public List<ComplaintView> list(Actor actor) {
    guard.require(actor, ContentPermissions.COMPLAINT_VIEW, "complaint", "");
    LocalDate today = ComplaintDesk.today();
    return complaints.newest(500).stream().map(c -> view(c, today, false, List.of())).toList();
  }

  /** One complaint with its notes and the whole contact. */
  public ComplaintView view(Actor actor, long id) {
    guard.require(actor, ContentPermissions.COMPLAINT_VIEW, "complaint", "" + id);
    Complaint c = complaint(id);
    return full(c);
  }

  /** Assigns the complaint to a staff account. */
  public ComplaintView assign(Actor actor, long id, Long staffAccountId) {
    guard.require(actor, ContentPermissions.COMPLAINT_HANDLE, "complaint", "" + id);
    Complaint c = complaint(id);
    Checks checks = new Checks();
    checks.require(
        staffAccountId != null
            && accounts.find(staffAccountId).map(a -> a.kind() == AccountKind.STAFF).orElse(false),
        "assigneeId",
        "assignee",
        "Name a staff account");
    checks.throwIfAny();
    c.assignTo(staffAccountId);
    guard.record(
        guard
            .entry(actor, "complaint.assigned")
            .target("complaint", "" + id)
            .detail("assigneeId", "" + staffAccountId));
    return full(c);
  }

  /** Adds an internal note (1 to 2000 characters). */
  public ComplaintView note(Actor actor, long id, String text) {
    guard.require(actor, ContentPermissions.COMPLAINT_HANDLE, "complaint", "" + id);
    Complaint c = complaint(id);
    Checks checks = new Checks();
    TextInput.text(checks, "text", text, 2000);
    checks.throwIfAny();
    complaints.addNote(
        new ComplaintNote(id, actor.accountId(), TextInput.plain(text), PageEditing.now()));
    guard.record(guard.entry(actor, "complaint.noted").target("complaint", "" + id));
    return full(c);
  }

  /**
   * Answers the complainant ({@code complaint:reply}); the reply is stored and notified together,
   * or neither.
   */
  public ComplaintView reply(Actor actor, long id, String text) {
    guard.require(actor, ContentPermissions.COMPLAINT_REPLY, "complaint", "" + id);
    Complaint c = complaint(id);
    Checks checks = new Checks();
    TextInput.text(checks, "text", text, 4000);
    checks.throwIfAny();
    OffsetDateTime now = PageEditing.now();
    String reply = TextInput.plain(text);
    c.answer(reply, actor.accountId(), now);
    String contact = protection.decrypt(ComplaintDesk.CONTACT_FIELD, c.contactEncrypted());
    notifier.notify(
        ComplaintDesk.addressed(
                NotificationRequest.builder(
                    "complaint.replied",
                    "complaint.replied:" + id + ":" + now.toInstant().toEpochMilli()),
                c,
                contact)
            .parameter("ticket", c.ticket())
            .parameter("subject", c.subject())
            .parameter("reply", reply)
            .build());
    guard.record(
        guard
            .entry(actor, "complaint.replied")
            .target("complaint", "" + id)
            .detail("ticket", c.ticket()));
    return full(c);
  }

  private ComplaintView full(Complaint c) {
    List<ComplaintView.Note> notes =
        complaints.notes(c.id()).stream()
            .map(n -> new ComplaintView.Note(n.authorId(), n.text(), n.createdAt()))
            .toList();
    return view(c, ComplaintDesk.today(), true, notes);
  }

  private ComplaintView view(
      Complaint c, LocalDate today, boolean whole, List<ComplaintView.Note> notes) {
    String contact = protection.decrypt(ComplaintDesk.CONTACT_FIELD, c.contactEncrypted());
    String shown =
        whole
            ? contact
            : switch (c.contactKind()) {
              case EMAIL -> Masking.email(contact);
              case MOBILE -> Masking.mobile(contact);
            };
    return new ComplaintView(
        c.id(),
        c.ticket(),
        c.channel(),
        c.status(),
        c.name(),
        shown,
        c.accountId().isPresent(),
        c.subject(),
        c.body(),
        c.filedAt(),
        c.dueOn(),
        c.overdueOn(today),
        c.assigneeId().orElse(null),
        c.reply().orElse(null),
        c.repliedAt().orElse(null),
        notes);
  }

  private Complaint complaint(long id) {
    return complaints.find(id).orElseThrow(() -> new RecordNotFoundException("complaint", id));
  }
}
