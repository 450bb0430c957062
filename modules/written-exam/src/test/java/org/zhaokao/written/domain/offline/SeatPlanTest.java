package org.zhaokao.written.domain.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeatPlanTest {

  private static List<SeatPlan.Place> seats(int n) {
    List<SeatPlan.Place> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new SeatPlan.Place(i <= n / 2 ? 1 : 2, i));
    }
    return out;
  }

  private static final List<Long> APPS = LongStream.rangeClosed(1, 30).boxed().toList();

  @Test
  void theSameSeedReplaysTheSamePlanWhateverTheInputOrder() {
    List<Long> reversed = new ArrayList<>(APPS);
    java.util.Collections.reverse(reversed);
    assertEquals(SeatPlan.place(APPS, seats(40), 7), SeatPlan.place(reversed, seats(40), 7));
    assertNotEquals(SeatPlan.place(APPS, seats(40), 7), SeatPlan.place(APPS, seats(40), 8));
  }

  @Test
  void everyCandidateGetsADifferentSeat() {
    List<SeatPlan.Placement> plan = SeatPlan.place(APPS, seats(30), 1);
    assertEquals(30, plan.stream().map(SeatPlan.Placement::place).distinct().count());
    assertEquals(30, plan.stream().map(SeatPlan.Placement::applicationId).distinct().count());
  }

  @Test
  void tooFewSeatsNameTheShortfall() {
    SeatPlan.ShortOfSeats e =
        assertThrows(SeatPlan.ShortOfSeats.class, () -> SeatPlan.place(APPS, seats(26), 1));
    assertEquals(4, e.shortfall());
    assertTrue(e.getMessage().contains("4 seats short"), e.getMessage());
  }

  @Test
  void aGridPlacesSeatsRowByRow() {
    Room r = new Room(1, 1, "101", 3, 4, 10);
    assertEquals(1, r.rowOf(4));
    assertEquals(4, r.columnOf(4));
    assertEquals(2, r.rowOf(5));
    assertEquals(1, r.columnOf(5));
    assertThrows(IllegalArgumentException.class, () -> new Room(1, 1, "x", 2, 2, 5));
  }
}
