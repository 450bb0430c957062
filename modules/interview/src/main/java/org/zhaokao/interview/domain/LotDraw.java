package org.zhaokao.interview.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * Lot drawing (抽签): the order in which a session's candidates are called and the number plate (抽签号)
 * each wears, from a recorded seed. The same seed and the same candidates always give the same
 * result — {@link Random}'s algorithm is fixed by the Java specification — so anyone can replay a
 * draw from its record.
 */
public final class LotDraw {

  private LotDraw() {}

  /**
   * One drawn place.
   *
   * @param applicationId the candidate's application
   * @param order place in the calling order, from 1
   * @param plate the number plate, the order with two digits at least ({@code 01})
   */
  public record Drawn(long applicationId, int order, String plate) {}

  /** Draws the order of {@code applicationIds} (in any order; duplicates are refused) from seed. */
  public static List<Drawn> draw(long seed, Collection<Long> applicationIds) {
    List<Long> ids = new ArrayList<>(applicationIds);
    ids.sort(null);
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i).equals(ids.get(i - 1))) {
        throw new IllegalArgumentException("application " + ids.get(i) + " listed twice");
      }
    }
    Random random = new Random(seed);
    // Fisher–Yates, spelled out rather than Collections.shuffle so the draw never depends on how
    // a library version shuffles.
    for (int i = ids.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Long swap = ids.get(i);
      ids.set(i, ids.get(j));
      ids.set(j, swap);
    }
    List<Drawn> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(new Drawn(ids.get(i), i + 1, String.format("%02d", i + 1)));
    }
    return out;
  }
}
