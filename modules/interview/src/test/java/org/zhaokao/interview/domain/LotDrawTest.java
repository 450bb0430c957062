package org.zhaokao.interview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LotDrawTest {

  private static final List<Long> CANDIDATES = LongStream.rangeClosed(101, 112).boxed().toList();

  @Test
  void theSameSeedDrawsTheSameOrderWhateverOrderTheCandidatesComeIn() {
    List<Long> shuffled = new ArrayList<>(CANDIDATES);
    Collections.reverse(shuffled);
    assertEquals(LotDraw.draw(20261205L, CANDIDATES), LotDraw.draw(20261205L, shuffled));
  }

  @Test
  void anotherSeedDrawsAnotherOrder() {
    assertNotEquals(LotDraw.draw(1L, CANDIDATES), LotDraw.draw(2L, CANDIDATES));
  }

  @Test
  void everyCandidateGetsOnePlaceAndAPlateInOrder() {
    List<LotDraw.Drawn> drawn = LotDraw.draw(42L, CANDIDATES);
    assertEquals(CANDIDATES, drawn.stream().map(LotDraw.Drawn::applicationId).sorted().toList());
    for (int i = 0; i < drawn.size(); i++) {
      assertEquals(i + 1, drawn.get(i).order());
      assertEquals(String.format("%02d", i + 1), drawn.get(i).plate());
    }
  }

  @Test
  void aRecordedDrawStaysReproducible() {
    // Pinned: if this changes, every recorded draw would replay differently.
    assertEquals(
        List.of(101L, 103L, 102L),
        LotDraw.draw(7L, List.of(101L, 102L, 103L)).stream()
            .map(LotDraw.Drawn::applicationId)
            .toList());
  }

  @Test
  void refusesACandidateListedTwice() {
    assertThrows(IllegalArgumentException.class, () -> LotDraw.draw(1L, List.of(5L, 5L)));
  }
}
