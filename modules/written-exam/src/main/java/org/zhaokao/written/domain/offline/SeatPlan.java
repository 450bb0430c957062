package org.zhaokao.written.domain.offline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seat allocation (随机编排) as a pure function: the candidates still without a seat, sorted by
 * application, are shuffled with the seed and given the free seats in order (room by room, seat
 * number by seat number). The same candidates, free seats and seed always give the same plan.
 */
public final class SeatPlan {

  private SeatPlan() {}

  /** A free seat. */
  public record Place(long roomId, int seatNo) {}

  /** A candidate put on a seat. */
  public record Placement(long applicationId, Place place) {}

  /** Too few free seats: by how many. */
  public static final class ShortOfSeats extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int needed;
    private final int free;

    public ShortOfSeats(int needed, int free) {
      super(
          needed
              + " candidates need a seat but the rooms have "
              + free
              + " free seats: "
              + (needed - free)
              + " seats short");
      this.needed = needed;
      this.free = free;
    }

    public int shortfall() {
      return needed - free;
    }
  }

  /**
   * @param unseated applications without a seat
   * @param free free seats in room then seat-number order
   * @throws ShortOfSeats when there are fewer free seats than candidates
   */
  public static List<Placement> place(List<Long> unseated, List<Place> free, long seed) {
    if (unseated.size() > free.size()) {
      throw new ShortOfSeats(unseated.size(), free.size());
    }
    List<Long> order = new ArrayList<>(unseated);
    Collections.sort(order);
    Collections.shuffle(order, new Random(seed));
    List<Placement> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      out.add(new Placement(order.get(i), free.get(i)));
    }
    return out;
  }
}
