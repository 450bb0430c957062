package org.zhaokao.written.domain.paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.zhaokao.written.domain.bank.ItemContent;

/**
 * Draws a paper from the bank (组卷), reproducibly: the same blueprint, bank and seeds give the same
 * paper, question for question and option for option. {@link Random} is used on purpose: its
 * sequence for a seed is specified by the platform, so a recorded seed regenerates the paper on any
 * JVM.
 *
 * <p>Two seeds: the <em>selection</em> seed picks the items (the exam's seed for a fixed paper, the
 * candidate's for a per-candidate draw); the <em>order</em> seed, always the candidate's, shuffles
 * the questions within each section and the options within each question.
 */
public final class PaperGenerator {

  private PaperGenerator() {}

  /**
   * @throws InsufficientItemsException if a section cannot be filled; items are never drawn twice
   *     for one paper
   */
  public static PaperContent generate(
      Blueprint blueprint, List<DrawableItem> bank, long selectionSeed, long orderSeed) {
    List<DrawableItem> pool = new ArrayList<>(bank);
    pool.sort(Comparator.comparingLong(DrawableItem::id));
    Random pick = new Random(selectionSeed);
    Random order = new Random(orderSeed);
    Set<Long> drawn = new HashSet<>();
    List<String> titles = new ArrayList<>();
    List<PaperQuestion> questions = new ArrayList<>();
    for (int s = 0; s < blueprint.sections().size(); s++) {
      Section section = blueprint.sections().get(s);
      titles.add(section.title());
      List<DrawableItem> chosen = choose(section, s, pool, drawn, pick);
      Collections.shuffle(chosen, order);
      for (DrawableItem item : chosen) {
        questions.add(question(questions.size() + 1, s, section, item, order));
      }
    }
    return new PaperContent(titles, questions);
  }

  /** Checks that the bank can fill every section, without drawing. */
  public static void checkFeasible(Blueprint blueprint, List<DrawableItem> bank) {
    generate(blueprint, bank, 0L, 0L);
  }

  private static List<DrawableItem> choose(
      Section section, int index, List<DrawableItem> pool, Set<Long> drawn, Random pick) {
    List<DrawableItem> matching = new ArrayList<>();
    for (DrawableItem item : pool) {
      if (!drawn.contains(item.id()) && section.admits(item.content())) {
        matching.add(item);
      }
    }
    if (matching.size() < section.count()) {
      throw new InsufficientItemsException(index, section.count(), matching.size());
    }
    Collections.shuffle(matching, pick);
    List<DrawableItem> chosen = new ArrayList<>(matching.subList(0, section.count()));
    // Back to bank order, so the question order depends on the order seed alone.
    chosen.sort(Comparator.comparingLong(DrawableItem::id));
    chosen.forEach(c -> drawn.add(c.id()));
    return chosen;
  }

  private static PaperQuestion question(
      int number, int sectionIndex, Section section, DrawableItem item, Random order) {
    ItemContent c = item.content();
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < c.options().size(); i++) {
      perm.add(i);
    }
    if (c.type().hasOptions()) {
      Collections.shuffle(perm, order);
    }
    List<String> shown = perm.stream().map(c.options()::get).toList();
    return new PaperQuestion(
        number,
        sectionIndex,
        item.id(),
        c.type(),
        c.stem(),
        shown,
        perm,
        section.pointsEach(),
        c.type().hasOptions() ? mappedKey(c, perm) : c.key());
  }

  /** The bank key in the letters the candidate sees: shown option i is bank option perm[i]. */
  static String mappedKey(ItemContent c, List<Integer> perm) {
    Set<Integer> keyed = c.keyIndexes();
    StringBuilder key = new StringBuilder();
    for (int shown = 0; shown < perm.size(); shown++) {
      if (keyed.contains(perm.get(shown))) {
        key.append(ItemContent.letter(shown));
      }
    }
    return key.toString();
  }
}
