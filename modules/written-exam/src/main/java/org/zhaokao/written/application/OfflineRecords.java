package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.offline.Room;
import org.zhaokao.written.domain.offline.Seat;
import org.zhaokao.written.domain.offline.Venue;

/** Look-ups of the offline exam's venues, rooms and seats. */
@Stateless
public class OfflineRecords {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;

  public List<Venue> venues(long examId) {
    return em.createQuery("select v from Venue v where v.examId = :e order by v.id", Venue.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public Venue venue(long examId, long venueId) {
    Venue v = em.find(Venue.class, venueId);
    if (v == null || v.examId() != examId) {
      throw UseCaseException.notFound("venue " + venueId + " of exam " + examId);
    }
    return v;
  }

  public List<Room> rooms(long examId) {
    return em.createQuery("select r from Room r where r.examId = :e order by r.id", Room.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public Room room(long examId, long roomId) {
    Room r = em.find(Room.class, roomId);
    if (r == null || r.examId() != examId) {
      throw UseCaseException.notFound("room " + roomId + " of exam " + examId);
    }
    return r;
  }

  public List<Seat> seats(long examId) {
    return em.createQuery(
            "select s from Seat s where s.examId = :e order by s.roomId, s.seatNo", Seat.class)
        .setParameter("e", examId)
        .getResultList();
  }

  public List<Seat> seatsIn(long roomId) {
    return em.createQuery("select s from Seat s where s.roomId = :r order by s.seatNo", Seat.class)
        .setParameter("r", roomId)
        .getResultList();
  }

  public Optional<Seat> seatOf(long examId, long applicationId) {
    return em.createQuery(
            "select s from Seat s where s.examId = :e and s.applicationId = :a", Seat.class)
        .setParameter("e", examId)
        .setParameter("a", applicationId)
        .getResultStream()
        .findFirst();
  }

  /** The candidates who entered the stage in the recruitment (the core's roster). */
  public List<StageEntrant> entrants(long recruitmentId) {
    return core.services().roster().entrants(WrittenExamPlugin.ID, recruitmentId);
  }
}
