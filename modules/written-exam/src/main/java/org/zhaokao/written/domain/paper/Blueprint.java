package org.zhaokao.written.domain.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How a paper is put together (组卷蓝图): its sections, in paper order. */
public record Blueprint(List<Section> sections) {

  /** At most this many items on one paper. */
  public static final int MAX_ITEMS = 300;

  public Blueprint {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /** Every problem of the blueprint itself (not yet whether the bank can fill it). */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (sections.isEmpty()) {
      out.add("a blueprint needs at least one section");
    }
    int items = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String at = "section " + (i + 1) + ": ";
      if (s.type() == null) {
        out.add(at + "item type is required");
      }
      if (s.count() < 1) {
        out.add(at + "count must be at least 1");
      }
      if (s.pointsEach() == null || s.pointsEach().signum() <= 0 || s.pointsEach().scale() > 2) {
        out.add(at + "points each must be positive, two decimals at most");
      }
      items += Math.max(0, s.count());
    }
    if (items > MAX_ITEMS) {
      out.add("a paper holds at most " + MAX_ITEMS + " items");
    }
    return out;
  }

  /** The full marks of a paper. */
  public BigDecimal total() {
    return sections.stream().map(Section::total).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
