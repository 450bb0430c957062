package org.zhaokao.medical.domain.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The authenticity checklist (真实性核验) the medical officer goes through: every item must be ticked
 * for a report to count as authentic.
 */
public final class Checklist {

  /** The items, in the order the screen shows them. */
  public static final List<String> ITEMS =
      List.of("hospital-seal", "doctor-signature", "photo-matches", "all-items-complete");

  private final Map<String, Boolean> ticks;

  private Checklist(Map<String, Boolean> ticks) {
    this.ticks = ticks;
  }

  /**
   * @throws IllegalArgumentException for an item that is not on the list, or one left out
   */
  public static Checklist of(Map<String, Boolean> ticks) {
    Set<String> unknown =
        ticks.keySet().stream().filter(k -> !ITEMS.contains(k)).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no checklist item(s) " + unknown + "; items: " + ITEMS);
    }
    List<String> missing = ITEMS.stream().filter(i -> !ticks.containsKey(i)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("answer every checklist item; missing " + missing);
    }
    return new Checklist(new TreeMap<>(ticks));
  }

  public boolean complete() {
    return ticks.values().stream().allMatch(Boolean::booleanValue);
  }

  public List<String> unticked() {
    return ITEMS.stream().filter(i -> !ticks.get(i)).toList();
  }

  /** As stored: {@code item=true;item=false}. */
  public String stored() {
    return ITEMS.stream().map(i -> i + "=" + ticks.get(i)).collect(Collectors.joining(";"));
  }
}
