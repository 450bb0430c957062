package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.preexam.DeviceCheck;
import org.zhaokao.written.domain.proctoring.Admission;
import org.zhaokao.written.domain.proctoring.EventKind;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * The live roster of an online exam as the proctor watches it: who has not opened the paper, who
 * sits, who submitted or was stopped, each with their last snapshot's time, their event counts and
 * the loudest audio sample. Built in a handful of grouped queries, whatever the number of entrants.
 */
@Stateless
public class ProctorRoster {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;

  /** Where a candidate is in the exam. */
  public enum Status {
    NOT_OPENED,
    SITTING,
    SUBMITTED,
    FORCED,
    TIMED_OUT
  }

  /** One candidate on the roster. */
  public record Line(
      long applicationId,
      String name,
      String ticketNumber,
      Status status,
      Instant openedAt,
      Instant lastSnapshotAt,
      Map<EventKind, Long> events,
      long suspicious,
      Integer peakAudio,
      Long incidentId,
      Admission.Status admission,
      PreExam.DeviceView devices,
      Instant rulesAcceptedAt) {}

  public List<Line> of(WrittenExam exam, long recruitmentId) {
    Instant now = Instant.now();
    Map<Long, Attempt> attempts = new HashMap<>();
    em.createQuery(
            "select p.applicationId, a from Attempt a, Paper p"
                + " where a.paperId = p.id and p.examId = :e",
            Object[].class)
        .setParameter("e", exam.id())
        .getResultList()
        .forEach(r -> attempts.put((Long) r[0], (Attempt) r[1]));
    Map<Long, Map<EventKind, Long>> counts = new HashMap<>();
    Map<Long, Integer> peaks = new HashMap<>();
    em.createQuery(
            "select e.attemptId, e.kind, count(e), max(e.audioLevel) from ProctorEvent e"
                + " where e.attemptId in (select a.id from Attempt a, Paper p"
                + " where a.paperId = p.id and p.examId = :e) group by e.attemptId, e.kind",
            Object[].class)
        .setParameter("e", exam.id())
        .getResultList()
        .forEach(
            r -> {
              long attempt = (Long) r[0];
              counts
                  .computeIfAbsent(attempt, k -> new EnumMap<>(EventKind.class))
                  .put((EventKind) r[1], (Long) r[2]);
              if (r[3] != null) {
                peaks.put(attempt, (Integer) r[3]);
              }
            });
    Map<Long, Admission.Status> admissions = new HashMap<>();
    em.createQuery(
            "select p.applicationId, a.status from Admission a, Paper p"
                + " where a.paperId = p.id and p.examId = :e",
            Object[].class)
        .setParameter("e", exam.id())
        .getResultList()
        .forEach(r -> admissions.put((Long) r[0], (Admission.Status) r[1]));
    Map<Long, DeviceCheck> devices = new HashMap<>();
    em.createQuery(
            "select p.applicationId, d from DeviceCheck d, Paper p"
                + " where d.paperId = p.id and p.examId = :e",
            Object[].class)
        .setParameter("e", exam.id())
        .getResultList()
        .forEach(r -> devices.put((Long) r[0], (DeviceCheck) r[1]));
    Map<Long, Instant> accepted = new HashMap<>();
    if (exam.rulesDigest() != null) {
      em.createQuery(
              "select p.applicationId, a.acceptedAt from RulesAcceptance a, Paper p"
                  + " where a.paperId = p.id and p.examId = :e and a.rulesDigest = :d",
              Object[].class)
          .setParameter("e", exam.id())
          .setParameter("d", exam.rulesDigest())
          .getResultList()
          .forEach(r -> accepted.put((Long) r[0], (Instant) r[1]));
    }
    Map<Long, Instant> snapshots = new HashMap<>();
    em.createQuery(
            "select s.attemptId, max(s.takenAt) from Snapshot s where s.attemptId in"
                + " (select a.id from Attempt a, Paper p where a.paperId = p.id and p.examId = :e)"
                + " group by s.attemptId",
            Object[].class)
        .setParameter("e", exam.id())
        .getResultList()
        .forEach(r -> snapshots.put((Long) r[0], (Instant) r[1]));
    List<Line> lines = new ArrayList<>();
    for (StageEntrant e : core.services().roster().entrants(WrittenExamPlugin.ID, recruitmentId)) {
      Attempt a = attempts.get(e.applicationId());
      Map<EventKind, Long> events = a == null ? Map.of() : counts.getOrDefault(a.id(), Map.of());
      lines.add(
          new Line(
              e.applicationId(),
              e.realName(),
              e.ticketNumber().orElse(""),
              status(a, now),
              a == null ? null : a.openedAt(),
              a == null ? null : snapshots.get(a.id()),
              events,
              suspicious(events),
              a == null ? null : peaks.get(a.id()),
              a == null ? null : a.incidentId(),
              admissions.get(e.applicationId()),
              PreExam.DeviceView.of(Optional.ofNullable(devices.get(e.applicationId()))),
              accepted.get(e.applicationId())));
    }
    return lines;
  }

  /** The events of one attempt by kind. */
  public Map<EventKind, Long> eventCounts(long attemptId) {
    Map<EventKind, Long> out = new EnumMap<>(EventKind.class);
    em.createQuery(
            "select e.kind, count(e) from ProctorEvent e where e.attemptId = :a group by e.kind",
            Object[].class)
        .setParameter("a", attemptId)
        .getResultList()
        .forEach(r -> out.put((EventKind) r[0], (Long) r[1]));
    return out;
  }

  private static long suspicious(Map<EventKind, Long> events) {
    return events.entrySet().stream()
        .filter(x -> x.getKey().suspicious())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static Status status(Attempt a, Instant now) {
    if (a == null) {
      return Status.NOT_OPENED;
    }
    if (a.forcedBy() != null) {
      return Status.FORCED;
    }
    if (a.submittedAt() != null) {
      return Status.SUBMITTED;
    }
    return a.open(now) ? Status.SITTING : Status.TIMED_OUT;
  }
}
