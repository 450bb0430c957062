package org.zhaokao.written.domain.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an item (试题) says: stem, options, key, points and tags. Immutable; {@link #violations()}
 * names every field that is wrong, so the REST API and the Excel import report them all at once.
 *
 * <p>Keys: a choice item's key is option letters ({@code B}, {@code ACD}); a true/false key is
 * {@code T} or {@code F}; a fill-in-the-blank key lists the blanks separated by {@code ;}, each
 * with its accepted answers separated by {@code |} ({@code 北京|Beijing;长江}); an essay's key is the
 * marking guide (free text).
 *
 * @param options the option texts, in the bank's order (A, B, C...); empty unless the type has
 *     options
 */
public record ItemContent(
    ItemType type,
    String stem,
    List<String> options,
    String key,
    BigDecimal points,
    String subject,
    String knowledgePoint,
    Difficulty difficulty) {

  /** At most this many options (A to H). */
  public static final int MAX_OPTIONS = 8;

  public static final int MAX_STEM = 4000;
  public static final int MAX_OPTION = 1000;
  public static final int MAX_TAG = 100;

  public ItemContent {
    options = options == null ? List.of() : List.copyOf(options);
    stem = stem == null ? "" : stem.strip();
    key = key == null ? "" : key.strip();
    subject = subject == null ? "" : subject.strip();
    knowledgePoint = knowledgePoint == null ? "" : knowledgePoint.strip();
    if (type == ItemType.SINGLE_CHOICE
        || type == ItemType.MULTIPLE_CHOICE
        || type == ItemType.TRUE_FALSE) {
      key = key.toUpperCase(Locale.ROOT).replaceAll("[\\s,，]", "");
    }
    if (type == ItemType.MULTIPLE_CHOICE) {
      key = String.join("", new TreeSet<>(List.of(key.split(""))));
    }
  }

  /** A field that is wrong and why, with a stable code for the message bundle. */
  public record Violation(String field, String code, String message) {}

  /** Every problem of this content; empty when it can be stored. */
  public List<Violation> violations() {
    List<Violation> out = new ArrayList<>();
    if (type == null) {
      out.add(new Violation("type", "item.type", "type is required"));
      return out;
    }
    if (stem.isEmpty()) {
      out.add(new Violation("stem", "item.stem", "stem is required"));
    } else if (stem.length() > MAX_STEM) {
      out.add(new Violation("stem", "item.stem", "stem is longer than " + MAX_STEM));
    }
    if (points == null || points.signum() <= 0 || points.scale() > 2) {
      out.add(
          new Violation("points", "item.points", "points must be positive, two decimals at most"));
    }
    if (difficulty == null) {
      out.add(new Violation("difficulty", "item.difficulty", "difficulty is required"));
    }
    if (subject.isEmpty() || subject.length() > MAX_TAG) {
      out.add(new Violation("subject", "item.subject", "subject is required, at most " + MAX_TAG));
    }
    if (knowledgePoint.length() > MAX_TAG) {
      out.add(
          new Violation(
              "knowledgePoint", "item.knowledgePoint", "knowledge point longer than " + MAX_TAG));
    }
    checkOptionsAndKey(out);
    return out;
  }

  private void checkOptionsAndKey(List<Violation> out) {
    if (type.hasOptions()) {
      if (options.size() < 2 || options.size() > MAX_OPTIONS) {
        out.add(
            new Violation(
                "options", "item.options", "between 2 and " + MAX_OPTIONS + " options needed"));
        return;
      }
      if (options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > MAX_OPTION)) {
        out.add(new Violation("options", "item.options", "an option is empty or too long"));
      }
      Set<Integer> keyed = keyIndexes();
      boolean lettersValid =
          !key.isEmpty()
              && key.chars().allMatch(c -> c >= 'A' && c < 'A' + options.size())
              && keyed.size() == key.length();
      if (!lettersValid) {
        out.add(
            new Violation(
                "key",
                "item.key",
                "key must be option letters A to " + letter(options.size() - 1)));
      } else if (type == ItemType.SINGLE_CHOICE && keyed.size() != 1) {
        out.add(new Violation("key", "item.key", "a single-choice key is exactly one letter"));
      } else if (type == ItemType.MULTIPLE_CHOICE && keyed.size() < 2) {
        out.add(new Violation("key", "item.key", "a multiple-choice key has two letters or more"));
      }
      return;
    }
    if (!options.isEmpty()) {
      out.add(new Violation("options", "item.options", "this type has no options"));
    }
    switch (type) {
      case TRUE_FALSE -> {
        if (!key.equals("T") && !key.equals("F")) {
          out.add(new Violation("key", "item.key", "a true/false key is T or F"));
        }
      }
      case FILL_BLANK -> {
        if (blanks().isEmpty() || blanks().stream().anyMatch(List::isEmpty)) {
          out.add(new Violation("key", "item.key", "every blank needs an accepted answer"));
        }
      }
      default -> {
        // an essay's key is its marking guide; it may be empty
      }
    }
  }

  /** Indexes (0 = A) of the options the key names. */
  public Set<Integer> keyIndexes() {
    Set<Integer> out = new TreeSet<>();
    key.chars().forEach(c -> out.add(c - 'A'));
    return out;
  }

  /** The accepted answers of each blank of a fill-in-the-blank item. */
  public List<List<String>> blanks() {
    List<List<String>> out = new ArrayList<>();
    if (key.isEmpty()) {
      return out;
    }
    for (String blank : key.split("[;；]", -1)) {
      List<String> accepted = new ArrayList<>();
      for (String a : blank.split("\\|")) {
        if (!a.isBlank()) {
          accepted.add(a.strip());
        }
      }
      out.add(accepted);
    }
    return out;
  }

  /** The letter of option {@code index} (0 = A). */
  public static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }
}
