package org.zhaokao.physical.domain.standard;

import java.util.Optional;

/**
 * An age band of a standard (年龄段), in whole years on the test day, both ends included; an open band
 * has no upper end ("31 岁及以上").
 */
public record AgeBand(int minAge, Optional<Integer> maxAge) {

  public AgeBand {
    if (minAge < 0 || minAge > 120) {
      throw new IllegalArgumentException("minimum age must be 0 to 120, got " + minAge);
    }
    if (maxAge.isPresent() && maxAge.get() < minAge) {
      throw new IllegalArgumentException(
          "maximum age " + maxAge.get() + " is below the minimum age " + minAge);
    }
  }

  public static AgeBand of(int minAge, Integer maxAge) {
    return new AgeBand(minAge, Optional.ofNullable(maxAge));
  }

  public boolean contains(int age) {
    return age >= minAge && maxAge.map(max -> age <= max).orElse(true);
  }

  public boolean overlaps(AgeBand other) {
    int thisMax = maxAge.orElse(Integer.MAX_VALUE);
    int otherMax = other.maxAge.orElse(Integer.MAX_VALUE);
    return minAge <= otherMax && other.minAge <= thisMax;
  }

  @Override
  public String toString() {
    return minAge + "-" + maxAge.map(String::valueOf).orElse("");
  }
}
