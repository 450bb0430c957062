package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.application.TicketCounter;
import org.zhaokao.recruitment.domain.application.TicketPattern;
import org.zhaokao.recruitment.domain.application.Tickets;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Admission-ticket numbers (准考证号). The employer's confirmation of an approval issues the number in
 * the same transaction; staff holding {@code ticket:issue} set the recruitment's pattern before the
 * first number and can issue the numbers still missing (approvals confirmed before a failure, say).
 * Every number comes from the recruitment's counter row, held locked until commit: unique, and
 * without gaps, because a rollback returns the number with everything else.
 */
@Stateless
public class AdmissionTickets {

  static final String ISSUE = "ticket:issue";

  @Inject private Tickets tickets;
  @Inject private Recruitments recruitments;
  @Inject private Applications applications;
  @Inject private RecruitmentAccess access;
  @Inject private Guard guard;

  /**
   * The pattern and how many numbers were issued.
   *
   * @param pattern the pattern
   * @param issued numbers issued so far
   */
  public record Numbering(String pattern, long issued) {}

  public Numbering numbering(Actor actor, long recruitmentId) {
    Recruitment r = access.visibleTo(actor, recruitmentId);
    return tickets
        .find(r.id())
        .map(c -> new Numbering(c.pattern().text(), c.issued()))
        .orElse(new Numbering(TicketPattern.DEFAULT, 0));
  }

  /** Sets the pattern; 422 for a bad one, 409 once a number was issued. */
  public Numbering setPattern(Actor actor, long recruitmentId, String pattern) {
    Recruitment r = issuer(actor, recruitmentId);
    TicketPattern p;
    try {
      p = TicketPattern.of(pattern);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("pattern", "ticketPattern", e.getMessage());
    }
    TicketCounter counter = tickets.lock(r.id());
    try {
      counter.pattern(p);
    } catch (IllegalStateException e) {
      throw new ConflictException("tickets-issued", e.getMessage());
    }
    guard.record(
        guard
            .entry(actor, "recruitment.ticket-pattern.changed")
            .target("recruitment", String.valueOf(r.id()))
            .detail("pattern", p.text()));
    return new Numbering(p.text(), counter.issued());
  }

  /** Issues the numbers still missing; returns how many. */
  public int issueMissing(Actor actor, long recruitmentId) {
    Recruitment r = issuer(actor, recruitmentId);
    // Lock first, then read: whoever waited for the lock sees what the other issuer committed.
    TicketCounter counter = tickets.lock(r.id());
    int issued = 0;
    for (Application a : tickets.awaitingNumbers(r.id())) {
      issue(counter, r, a, actor.accountId());
      issued++;
    }
    guard.record(
        guard
            .entry(actor, "recruitment.tickets.issued")
            .target("recruitment", String.valueOf(r.id()))
            .detail("numbers", String.valueOf(issued)));
    return issued;
  }

  /** Issues the number of one confirmed approval inside the caller's transaction. */
  public void issue(Application a, Recruitment r, long actorId) {
    issue(tickets.lock(r.id()), r, a, actorId);
  }

  private void issue(TicketCounter counter, Recruitment r, Application a, long actorId) {
    String position = recruitments.position(a.positionId()).orElseThrow().code();
    int year = r.window().closesAt().atZoneSameInstant(RecruitmentViews.CHINA).getYear();
    long seq = counter.next();
    String number;
    try {
      number = counter.pattern().format(year, r.code(), position, seq);
    } catch (IllegalStateException e) {
      throw new ConflictException("ticket-sequence-full", e.getMessage());
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    a.issueTicket(number, seq, now);
    applications.add(new ApplicationEvent(a.id(), EventKind.TICKET_READY, now, actorId, null));
  }

  private Recruitment issuer(Actor actor, long recruitmentId) {
    Recruitment r = access.visibleTo(actor, recruitmentId);
    guard.require(actor, Guard.onEmployer(ISSUE, r.employerId()), "recruitment", "" + r.id());
    return r;
  }
}
