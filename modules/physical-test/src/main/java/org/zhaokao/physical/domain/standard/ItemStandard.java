package org.zhaokao.physical.domain.standard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test item (测试项目) with its standard table: which way it improves and the figure to meet for each
 * gender and age band. An item with no line for a gender is not sat by that gender (1000 m for men,
 * 800 m for women).
 */
public record ItemStandard(String code, Direction direction, List<StandardLine> lines) {

  public ItemStandard {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(direction, "direction");
    lines = List.copyOf(lines);
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        StandardLine a = lines.get(i);
        StandardLine b = lines.get(j);
        if (a.gender() == b.gender() && a.band().overlaps(b.band())) {
          throw new IllegalArgumentException(
              "item "
                  + code
                  + ": age bands "
                  + a.band()
                  + " and "
                  + b.band()
                  + " overlap for "
                  + a.gender());
        }
      }
    }
  }

  /** Whether candidates of this gender sit the item at all. */
  public boolean appliesTo(Gender gender) {
    return lines.stream().anyMatch(l -> l.gender() == gender);
  }

  /** The line for this gender and age, if the table has one. */
  public Optional<StandardLine> lineFor(Gender gender, int age) {
    return lines.stream().filter(l -> l.gender() == gender && l.band().contains(age)).findFirst();
  }
}
