package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.marking.Marker;
import org.zhaokao.written.domain.offline.OmrAnswers;
import org.zhaokao.written.domain.offline.Presence;
import org.zhaokao.written.domain.offline.Seat;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.sitting.Answer;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * Optical-mark-reader results (答题卡识别结果) of an offline exam: every row names a seated candidate by
 * ticket number and carries their answer string in their paper's order. Every row is checked first;
 * one wrong row and nothing is stored. Each imported sheet becomes the candidate's submitted
 * attempt, scored with the online marking ({@link Marker#objectiveTotal}); the report to the
 * pipeline is {@link ScoreReporting}'s as for online sittings.
 */
@Stateless
public class OmrImport {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private Sitting sitting;
  @Inject private PaperVault vault;
  @Inject private OfflineRecords records;

  /** One line of the file: its row number, the ticket number and the answer string. */
  public record Line(int row, String ticket, String answers) {}

  /** A scored sheet. */
  public record Scored(String ticketNumber, long applicationId, BigDecimal score) {}

  /** What the import stored. */
  public record Imported(int imported, List<Scored> scores) {}

  /**
   * @throws UseCaseException 422 naming every wrong row and column; 409 before the exam's start
   */
  public Imported importSheets(Actor actor, long recruitmentId, List<Line> lines) {
    core.requireIn(actor, WrittenExamPlugin.MANAGE, recruitmentId, "import answer sheets");
    Instant now = Instant.now();
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (!exam.started(now)) {
      throw UseCaseException.conflict(
          "exam.notStarted", "answer sheets are imported after the exam's start");
    }
    if (lines.isEmpty()) {
      throw UseCaseException.invalid("omr.empty", "the file has no rows", List.of());
    }
    Map<String, Seat> byTicket = new HashMap<>();
    records.seats(exam.id()).forEach(s -> byTicket.put(s.ticketNumber(), s));
    Map<Long, Paper> papers = new HashMap<>();
    exams.papers(exam.id()).forEach(p -> papers.put(p.applicationId(), p));
    List<String> errors = new ArrayList<>();
    List<Ready> ready = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Line l : lines) {
      String ticket = l.ticket() == null ? "" : l.ticket().strip();
      String at = "row " + l.row() + ", column A (准考证号): ";
      Seat seat = byTicket.get(ticket);
      if (seat == null) {
        errors.add(at + "unknown ticket number '" + ticket + "'");
        continue;
      }
      if (!seen.add(ticket)) {
        errors.add(at + "ticket number " + ticket + " appears twice");
        continue;
      }
      if (seat.presence() == Presence.ABSENT || seat.presence() == Presence.REMOVED) {
        errors.add(at + ticket + " was marked " + seat.presence() + " by the invigilator");
        continue;
      }
      Paper paper = papers.get(seat.applicationId());
      if (paper == null) {
        errors.add(at + ticket + " has no paper in this exam");
        continue;
      }
      if (sitting.attemptOf(paper).isPresent()) {
        errors.add(at + ticket + " already has answers");
        continue;
      }
      PaperContent content = vault.open(exam, paper, now);
      OmrAnswers.Result read = OmrAnswers.read(l.answers(), content.questions());
      if (!read.ok()) {
        read.problems().forEach(p -> errors.add("row " + l.row() + ", column B (答案): " + p));
        continue;
      }
      ready.add(new Ready(seat, paper, content, read.answers()));
    }
    if (!errors.isEmpty()) {
      core.denied(actor, "omr.refused", "exam", exam.id(), errors.size() + " wrong rows");
      throw UseCaseException.invalid(
          "omr.invalid", errors.size() + " rows are wrong: nothing was imported", errors);
    }
    List<Scored> scores = new ArrayList<>();
    for (Ready r : ready) {
      Attempt attempt = new Attempt(r.paper().id(), exam.startsAt(), exam.endsAt());
      em.persist(attempt);
      em.flush();
      r.answers().forEach((n, a) -> em.persist(new Answer(attempt.id(), n, a, 1, now)));
      attempt.submit(now);
      BigDecimal total = Marker.objectiveTotal(r.content(), r.answers());
      attempt.marked(total);
      scores.add(new Scored(r.seat().ticketNumber(), r.seat().applicationId(), total));
    }
    core.audit(
        actor,
        "omr.imported",
        "exam",
        exam.id(),
        Map.of("sheets", scores.size(), "papersOpened", scores.size()));
    return new Imported(scores.size(), scores);
  }

  private record Ready(
      Seat seat, Paper paper, PaperContent content, Map<Integer, String> answers) {}
}
