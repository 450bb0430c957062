package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.offline.Room;
import org.zhaokao.written.domain.offline.Seat;
import org.zhaokao.written.domain.offline.SeatAllocation;
import org.zhaokao.written.domain.offline.SeatPlan;
import org.zhaokao.written.domain.offline.Venue;
import org.zhaokao.written.domain.paper.WrittenExam;

/**
 * The offline exam's venues, rooms and seats (考点、考场、座位): rooms are added per venue, the exam's
 * entrants get a seat by a seeded random allocation, a later run seats late entrants in the free
 * seats only. Runs are serialised by the exam's row lock; the seat table's unique keys hold even
 * so.
 */
@Stateless
public class OfflineSeating {

  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private OfflineRecords records;

  /** A room as listed. */
  public record RoomView(
      long id,
      long venueId,
      String venue,
      String address,
      String name,
      int rows,
      int columns,
      int capacity,
      long seated) {}

  /** What an allocation run did. */
  public record Allocated(long allocationId, long seed, int placed, int seated, int unnumbered) {}

  public Venue addVenue(Actor actor, long recruitmentId, String name, String address) {
    core.require(actor, WrittenExamPlugin.MANAGE, "set up exam venues");
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (records.venues(exam.id()).stream().anyMatch(v -> v.name().equals(name))) {
      throw UseCaseException.conflict("venue.exists", "the exam already has a venue " + name);
    }
    Venue v = new Venue(exam.id(), name, address);
    em.persist(v);
    em.flush();
    core.audit(actor, "venue.added", "venue", v.id(), Map.of("exam", exam.id(), "name", name));
    return v;
  }

  public RoomView addRoom(
      Actor actor, long recruitmentId, long venueId, String name, int rows, int columns, int cap) {
    core.require(actor, WrittenExamPlugin.MANAGE, "set up exam rooms");
    WrittenExam exam = exams.lockedOf(recruitmentId);
    Venue venue = records.venue(exam.id(), venueId);
    if (records.rooms(exam.id()).stream()
        .anyMatch(r -> r.venueId() == venueId && r.name().equals(name))) {
      throw UseCaseException.conflict("room.exists", "the venue already has a room " + name);
    }
    Room room;
    try {
      room = new Room(venue.id(), exam.id(), name, rows, columns, cap);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid("room.invalid", e.getMessage(), List.of(e.getMessage()));
    }
    em.persist(room);
    em.flush();
    core.audit(
        actor,
        "room.added",
        "room",
        room.id(),
        Map.of("exam", exam.id(), "venue", venueId, "capacity", cap));
    return view(room, venue, 0);
  }

  public List<RoomView> rooms(Actor actor, long recruitmentId) {
    core.require(actor, WrittenExamPlugin.MANAGE, "see exam rooms");
    WrittenExam exam = exams.ofRecruitment(recruitmentId).orElseThrow(() -> noExam(recruitmentId));
    List<Seat> seats = records.seats(exam.id());
    List<RoomView> out = new ArrayList<>();
    for (Room r : records.rooms(exam.id())) {
      long n = seats.stream().filter(s -> s.roomId() == r.id()).count();
      out.add(view(r, records.venue(exam.id(), r.venueId()), n));
    }
    return out;
  }

  /**
   * Seats every entrant without a seat, shuffled with {@code seed} (a fresh one when empty) and
   * recorded with it.
   *
   * @throws UseCaseException 409 naming the shortfall when the free seats are too few
   */
  public Allocated allocate(Actor actor, long recruitmentId, Optional<Long> seed) {
    long by = core.requireIn(actor, WrittenExamPlugin.MANAGE, recruitmentId, "allocate seats");
    WrittenExam exam = exams.lockedOf(recruitmentId);
    List<Room> rooms = records.rooms(exam.id());
    if (rooms.isEmpty()) {
      throw UseCaseException.conflict("rooms.none", "add the exam's rooms first");
    }
    List<Seat> seats = records.seats(exam.id());
    Set<Long> seated = new HashSet<>();
    Set<String> taken = new HashSet<>();
    seats.forEach(
        s -> {
          seated.add(s.applicationId());
          taken.add(s.roomId() + ":" + s.seatNo());
        });
    List<StageEntrant> entrants = records.entrants(exam.recruitmentId());
    List<Long> unseated = new ArrayList<>();
    Map<Long, String> tickets = new java.util.HashMap<>();
    int unnumbered = 0;
    for (StageEntrant e : entrants) {
      if (seated.contains(e.applicationId())) {
        continue;
      }
      if (e.ticketNumber().isEmpty()) {
        unnumbered++;
        continue;
      }
      unseated.add(e.applicationId());
      tickets.put(e.applicationId(), e.ticketNumber().get());
    }
    List<SeatPlan.Place> free = new ArrayList<>();
    for (Room r : rooms) {
      for (int n = 1; n <= r.capacity(); n++) {
        if (!taken.contains(r.id() + ":" + n)) {
          free.add(new SeatPlan.Place(r.id(), n));
        }
      }
    }
    long s = seed.orElseGet(SEEDS::nextLong);
    List<SeatPlan.Placement> plan;
    try {
      plan = SeatPlan.place(unseated, free, s);
    } catch (SeatPlan.ShortOfSeats e) {
      throw new UseCaseException(
          409,
          "rooms.tooSmall",
          e.getMessage(),
          List.of("add rooms for " + e.shortfall() + " more candidates"));
    }
    SeatAllocation run = new SeatAllocation(exam.id(), s, plan.size(), Instant.now(), by);
    em.persist(run);
    em.flush();
    for (SeatPlan.Placement p : plan) {
      em.persist(
          new Seat(
              exam.id(),
              p.place().roomId(),
              p.place().seatNo(),
              p.applicationId(),
              tickets.get(p.applicationId()),
              run.id()));
    }
    em.flush();
    core.audit(
        actor,
        "seats.allocated",
        "exam",
        exam.id(),
        Map.of("seed", s, "placed", plan.size(), "allocation", run.id()));
    return new Allocated(run.id(), s, plan.size(), seats.size() + plan.size(), unnumbered);
  }

  private static RoomView view(Room r, Venue v, long seated) {
    return new RoomView(
        r.id(),
        v.id(),
        v.name(),
        v.address(),
        r.name(),
        r.rows(),
        r.columns(),
        r.capacity(),
        seated);
  }

  static UseCaseException noExam(long recruitmentId) {
    return UseCaseException.notFound("written exam of recruitment " + recruitmentId);
  }
}
