package org.zhaokao.recruitment.application;

import java.util.List;
import java.util.Locale;

/**
 * One page of a recruitment's positions as the public sees them, narrowed by a search. A national
 * recruitment lists ten thousand positions; nobody reads them on one page, and sending them all
 * makes the season's most visited page megabytes long.
 *
 * @param items the positions on this page
 * @param query the search as applied (trimmed; empty for none): a position matches when its code,
 *     title, department or one of its majors contains it, ignoring case
 * @param page this page, from 1 (a page past the end shows the last one)
 * @param size positions per page
 * @param total positions matching the search
 * @param pages pages in all (at least 1)
 */
public record PositionPage(
    List<PositionView> items, String query, int page, int size, int total, int pages) {

  /** Positions per page unless asked otherwise. */
  public static final int DEFAULT_SIZE = 50;

  /** The most positions one page holds. */
  public static final int MAX_SIZE = 500;

  /**
   * The page of {@code all} that {@code query}, {@code page} and {@code size} ask for; a missing or
   * out-of-range page or size falls back to the nearest sensible value.
   */
  public static PositionPage of(List<PositionView> all, String query, Integer page, Integer size) {
    String q = query == null ? "" : query.strip();
    String needle = q.toLowerCase(Locale.ROOT);
    List<PositionView> matching =
        needle.isEmpty() ? all : all.stream().filter(p -> matches(p, needle)).toList();
    int per = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    int pages = Math.max(1, (matching.size() + per - 1) / per);
    int current = page == null || page < 1 ? 1 : Math.min(page, pages);
    int from = (current - 1) * per;
    List<PositionView> items = matching.subList(from, Math.min(from + per, matching.size()));
    return new PositionPage(List.copyOf(items), q, current, per, matching.size(), pages);
  }

  /** Whether a page comes before this one. */
  public boolean hasPrevious() {
    return page > 1;
  }

  /** Whether a page comes after this one. */
  public boolean hasNext() {
    return page < pages;
  }

  private static boolean matches(PositionView p, String needle) {
    return contains(p.code(), needle)
        || contains(p.title(), needle)
        || contains(p.department(), needle)
        || p.requirements() != null
            && p.requirements().majors() != null
            && p.requirements().majors().stream().anyMatch(m -> contains(m, needle));
  }

  private static boolean contains(String text, String needle) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
  }
}
