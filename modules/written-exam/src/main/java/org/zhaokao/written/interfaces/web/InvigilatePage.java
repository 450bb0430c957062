package org.zhaokao.written.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.written.application.Invigilation;
import org.zhaokao.written.application.OfflineSeating;
import org.zhaokao.written.application.UseCaseException;
import org.zhaokao.written.domain.offline.Presence;

/**
 * Backs the invigilator's screen (监考): the exam's rooms, a room's seat map row by row, and the
 * marks present / absent / removed.
 */
@Named
@ViewScoped
public class InvigilatePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfflineSeating seating;
  @Inject private Invigilation invigilation;

  private long recruitment;
  private Long room;
  private List<Map<String, Object>> rooms;
  private List<Map<String, Object>> cells;
  private int columns = 1;

  /** The recruitment comes as {@code ?recruitment=}. */
  @PostConstruct
  void init() {
    recruitment = Faces.longParameter("recruitment");
  }

  /** The exam's rooms (maps: the server's EL 5 reads no records). */
  public List<Map<String, Object>> getRooms() {
    if (rooms == null) {
      try {
        rooms =
            seating.rooms(Faces.actor(), recruitment).stream()
                .map(
                    r ->
                        Map.<String, Object>of(
                            "id", r.id(),
                            "label", r.venue() + " " + r.name(),
                            "seated", r.seated(),
                            "capacity", r.capacity()))
                .toList();
      } catch (UseCaseException e) {
        Faces.error("invigilate.title", e);
        rooms = List.of();
      }
    }
    return rooms;
  }

  public void open(long roomId) {
    room = roomId;
    load();
  }

  /** The room's grid, row by row; places without a candidate are empty cells. */
  public List<Map<String, Object>> getCells() {
    return cells == null ? List.of() : cells;
  }

  public void mark(long applicationId, String presence) {
    try {
      invigilation.mark(
          Faces.actor(), recruitment, room, applicationId, Presence.valueOf(presence), "");
      Faces.info("invigilate.marked", Faces.text("presence." + presence));
      load();
    } catch (UseCaseException e) {
      Faces.error("invigilate.title", e);
    }
  }

  private void load() {
    try {
      Invigilation.RoomMap map = invigilation.map(Faces.actor(), recruitment, room);
      columns = map.columns();
      Map<Integer, Invigilation.SeatView> bySeat = new HashMap<>();
      map.seats().forEach(s -> bySeat.put(s.seatNo(), s));
      List<Map<String, Object>> out = new ArrayList<>();
      for (int n = 1; n <= map.rows() * map.columns(); n++) {
        Invigilation.SeatView s = bySeat.get(n);
        Map<String, Object> cell = new HashMap<>();
        cell.put("seatNo", n);
        cell.put("taken", s != null);
        if (s != null) {
          cell.put("applicationId", s.applicationId());
          cell.put("name", s.name());
          cell.put("ticket", s.ticketNumber());
          cell.put("presence", s.presence().name());
        }
        out.add(cell);
      }
      cells = out;
    } catch (UseCaseException e) {
      Faces.error("invigilate.title", e);
      cells = List.of();
    }
  }

  public long getRecruitment() {
    return recruitment;
  }

  public Long getRoom() {
    return room;
  }

  public int getColumns() {
    return columns;
  }
}
