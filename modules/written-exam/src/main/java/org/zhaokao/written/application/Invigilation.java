package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.discipline.IncidentRejectedException;
import org.zhaokao.plugins.api.discipline.IncidentReport;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.offline.Presence;
import org.zhaokao.written.domain.offline.Room;
import org.zhaokao.written.domain.offline.Seat;
import org.zhaokao.written.domain.offline.Venue;
import org.zhaokao.written.domain.paper.WrittenExam;

/**
 * A room during the exam (监考): its seat map with names for the invigilator and the sign-in sheet,
 * the marks present / absent (缺考, an ABSENT outcome) / removed (a violation reported to
 * discipline); and a candidate's own seat.
 */
@Stateless
public class Invigilation {

  /** The discipline catalogue's type a removal is reported under. */
  static final String CHEATING = "cheating";

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private OfflineRecords records;

  /** One seat of a room's map. */
  public record SeatView(
      int seatNo,
      int row,
      int column,
      long applicationId,
      String ticketNumber,
      String name,
      Presence presence,
      Long incidentId) {}

  /** A room's seat map. */
  public record RoomMap(
      long roomId,
      String venue,
      String address,
      String room,
      int rows,
      int columns,
      List<SeatView> seats) {}

  /** A candidate's seat, for their portal page. */
  public record MySeat(
      long examId, String venue, String address, String room, int seatNo, int row, int column) {}

  public RoomMap map(Actor actor, long recruitmentId, long roomId) {
    core.requireIn(actor, WrittenExamPlugin.MANAGE, recruitmentId, "see a room's seats");
    WrittenExam exam = exam(recruitmentId);
    Room room = records.room(exam.id(), roomId);
    Venue venue = records.venue(exam.id(), room.venueId());
    Map<Long, StageEntrant> names =
        records.entrants(recruitmentId).stream()
            .collect(Collectors.toMap(StageEntrant::applicationId, Function.identity()));
    List<SeatView> seats =
        records.seatsIn(roomId).stream()
            .map(
                s ->
                    new SeatView(
                        s.seatNo(),
                        room.rowOf(s.seatNo()),
                        room.columnOf(s.seatNo()),
                        s.applicationId(),
                        s.ticketNumber(),
                        Optional.ofNullable(names.get(s.applicationId()))
                            .map(StageEntrant::realName)
                            .orElse(""),
                        s.presence(),
                        s.incidentId()))
            .toList();
    core.audit(actor, "room.viewed", "room", roomId, Map.of("seats", seats.size()));
    return new RoomMap(
        roomId, venue.name(), venue.address(), room.name(), room.rows(), room.columns(), seats);
  }

  /**
   * Marks a seat of the room.
   *
   * @throws UseCaseException 404 when the candidate has no seat in this room, 409 when discipline
   *     or the pipeline refuses
   */
  public SeatView mark(
      Actor actor, long recruitmentId, long roomId, long applicationId, Presence p, String facts) {
    long by = core.requireIn(actor, WrittenExamPlugin.MANAGE, recruitmentId, "invigilate");
    if (p == Presence.UNMARKED) {
      throw UseCaseException.invalid(
          "presence.invalid", "mark PRESENT, ABSENT or REMOVED", List.of("presence"));
    }
    WrittenExam exam = exam(recruitmentId);
    Room room = records.room(exam.id(), roomId);
    Seat seat =
        records
            .seatOf(exam.id(), applicationId)
            .filter(s -> s.roomId() == room.id())
            .orElseThrow(
                () ->
                    UseCaseException.notFound(
                        "a seat of application " + applicationId + " in room " + roomId));
    em.lock(seat, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    seat.mark(p, now, by);
    if (p == Presence.REMOVED && seat.incidentId() == null) {
      String text = facts == null || facts.isBlank() ? "监考员将考生请出考场" : facts.strip();
      try {
        seat.referred(
            core.services()
                .incidents()
                .report(
                    new IncidentReport(
                        recruitmentId,
                        applicationId,
                        WrittenExamPlugin.ID,
                        CHEATING,
                        text + "（" + room.name() + " 第" + seat.seatNo() + "座）",
                        List.of("written-exam:seat:" + seat.id()),
                        AuditActor.of(actor)))
                .incidentId());
      } catch (IncidentRejectedException e) {
        throw UseCaseException.conflict(
            "discipline.refused", "discipline refused the incident: " + e.getMessage());
      }
    }
    if (p == Presence.ABSENT) {
      try {
        core.services()
            .results()
            .report(
                WrittenExamPlugin.ID,
                recruitmentId,
                List.of(
                    new StageOutcome(
                        applicationId,
                        OutcomeStatus.ABSENT,
                        Optional.empty(),
                        "缺考",
                        List.of("written-exam:seat:" + seat.id()))));
      } catch (OutcomeRejectedException e) {
        throw UseCaseException.conflict(
            "report.rejected", "the pipeline refused the absence: " + e.getMessage());
      }
    }
    core.audit(
        actor,
        "seat.marked",
        "seat",
        seat.id(),
        Map.of("application", applicationId, "presence", p.name()));
    return new SeatView(
        seat.seatNo(),
        room.rowOf(seat.seatNo()),
        room.columnOf(seat.seatNo()),
        applicationId,
        seat.ticketNumber(),
        "",
        p,
        seat.incidentId());
  }

  /** The candidate's seat in the exam. */
  public MySeat mySeat(Actor actor, long examId) {
    if (actor.principal().isEmpty()) {
      throw new UseCaseException(401, "login", "Log in first");
    }
    long application =
        em.createQuery(
                "select p.applicationId from Paper p where p.examId = :e and p.accountId = :a",
                Long.class)
            .setParameter("e", examId)
            .setParameter("a", actor.accountId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> UseCaseException.notFound("your paper in exam " + examId));
    Seat s =
        records
            .seatOf(examId, application)
            .orElseThrow(() -> UseCaseException.notFound("your seat in exam " + examId));
    Room r = records.room(examId, s.roomId());
    Venue v = records.venue(examId, r.venueId());
    return new MySeat(
        examId,
        v.name(),
        v.address(),
        r.name(),
        s.seatNo(),
        r.rowOf(s.seatNo()),
        r.columnOf(s.seatNo()));
  }

  private WrittenExam exam(long recruitmentId) {
    return exams
        .ofRecruitment(recruitmentId)
        .orElseThrow(() -> OfflineSeating.noExam(recruitmentId));
  }
}
