package org.zhaokao.content.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.content.domain.complaint.Complaint;
import org.zhaokao.content.domain.complaint.ComplaintChannel;
import org.zhaokao.content.domain.complaint.Complaints;
import org.zhaokao.content.domain.complaint.ContactKind;
import org.zhaokao.content.domain.complaint.TicketNumber;
import org.zhaokao.content.domain.complaint.WorkingDays;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.recruitment.application.Guard;

/**
 * Complaints are filed (投诉受理, SPEC Q3): by anyone on the web form — a logged-in candidate's
 * complaint is tied to their account — or entered by staff from a phone call or an e-mail. Each
 * gets a ticket number and the date by which the agency promises to answer, counted in working days
 * from the site settings. The complainant follows it on the status page with the ticket number and
 * the contact they gave.
 */
@Stateless
public class ComplaintDesk {

  /** The agency's calendar: deadlines are days in Beijing. */
  static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");

  static final String CONTACT_FIELD = "complaint.contact";

  @Inject private Complaints complaints;
  @Inject private Guard guard;
  @Inject private DataProtection protection;
  @EJB private SiteConfiguration settings;

  /** Files a complaint from the web form. 422 naming each refused field. */
  public ComplaintStatusView file(Actor actor, ComplaintForm form) {
    Long account =
        actor
            .principal()
            .filter(p -> "CANDIDATE".equals(p.kind()))
            .map(p -> p.accountId())
            .orElse(null);
    Complaint c = add(actor, form, ComplaintChannel.WEB, account, null);
    return status(c);
  }

  /** Staff enter a complaint received by phone or e-mail ({@code complaint:handle}). */
  public ComplaintStatusView enter(Actor actor, ComplaintForm form) {
    guard.require(actor, ContentPermissions.COMPLAINT_HANDLE, "complaint", "");
    ComplaintChannel channel = form == null ? null : form.channel();
    Checks checks = new Checks();
    checks.require(
        channel == ComplaintChannel.PHONE || channel == ComplaintChannel.EMAIL,
        "channel",
        "channel",
        "PHONE or EMAIL");
    checks.throwIfAny();
    return status(add(actor, form, channel, null, actor.accountId()));
  }

  /**
   * The complaint with this ticket number, if {@code contact} is the one it was filed with; 404
   * otherwise, the same answer whether the ticket exists or not.
   */
  public ComplaintStatusView lookUp(String ticket, String contact) {
    String normalised = ContactKind.normalise(contact);
    return Optional.ofNullable(ticket)
        .map(String::strip)
        .filter(TicketNumber::wellFormed)
        .flatMap(complaints::findByTicket)
        .filter(c -> c.contactIndex().equals(protection.index(CONTACT_FIELD, normalised)))
        .map(ComplaintDesk::status)
        .orElseThrow(() -> new RecordNotFoundException("complaint", ticket));
  }

  private Complaint add(
      Actor actor, ComplaintForm form, ComplaintChannel channel, Long account, Long enteredBy) {
    Checks checks = new Checks();
    ComplaintForm f = form == null ? new ComplaintForm(null, null, null, null, null) : form;
    TextInput.text(checks, "name", f.name(), 50);
    String contact = ContactKind.normalise(f.contact());
    Optional<ContactKind> kind = ContactKind.of(contact);
    checks.require(
        kind.isPresent(), "contact", "value", "A mainland mobile number or an e-mail address");
    TextInput.text(checks, "subject", f.subject(), 200);
    TextInput.text(checks, "body", f.body(), 4000);
    checks.throwIfAny();
    OffsetDateTime now = PageEditing.now();
    LocalDate filedOn = now.atZoneSameInstant(AGENCY).toLocalDate();
    Complaint c =
        complaints.add(
            new Complaint(
                TicketNumber.next(filedOn),
                channel,
                account,
                enteredBy,
                new Complaint.Complainant(
                    TextInput.plain(f.name()),
                    kind.get(),
                    protection.encrypt(CONTACT_FIELD, contact),
                    protection.index(CONTACT_FIELD, contact)),
                new Complaint.Matter(TextInput.plain(f.subject()), TextInput.plain(f.body())),
                now,
                WorkingDays.after(filedOn, settings.complaintAnswerDays())));
    guard.record(
        guard
            .entry(actor, "complaint.filed")
            .target("complaint", "" + c.id())
            .detail("ticket", c.ticket())
            .detail("channel", channel.name()));
    return c;
  }

  static ComplaintStatusView status(Complaint c) {
    return new ComplaintStatusView(
        c.ticket(),
        c.subject(),
        c.status(),
        c.filedAt(),
        c.dueOn(),
        c.reply().orElse(null),
        c.repliedAt().orElse(null));
  }

  /** The reply's recipient: a candidate's account (inbox), else the address given. */
  static NotificationRequest.Builder addressed(
      NotificationRequest.Builder request, Complaint c, String contact) {
    if (c.accountId().isPresent()) {
      return request.to(Recipient.account(String.valueOf(c.accountId().get())));
    }
    return c.contactKind() == ContactKind.EMAIL
        ? request.to(Recipient.email(contact)).onlyChannels(Set.of(NotificationChannel.EMAIL))
        : request.to(Recipient.mobile(contact)).onlyChannels(Set.of(NotificationChannel.SMS));
  }

  /** Today in the agency's calendar. */
  static LocalDate today() {
    return LocalDate.now(AGENCY);
  }
}
