package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.bank.Item;
import org.zhaokao.written.domain.paper.Blueprint;
import org.zhaokao.written.domain.paper.DrawableItem;
import org.zhaokao.written.domain.paper.InsufficientItemsException;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.PaperCodec;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.PaperGenerator;
import org.zhaokao.written.domain.paper.PaperMode;
import org.zhaokao.written.domain.paper.WrittenExam;

/**
 * Generates the papers before the exam (考前组卷) for every candidate who entered the stage: one seeded
 * draw each, sealed at once. Run again it adds papers only for candidates who entered since; it
 * refuses once the exam has started — never at the start rush.
 */
@Stateless
public class PaperIssuing {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private PaperVault vault;

  /** How a generation run went. */
  public record Generated(int generated, int existing) {}

  /** A paper as staff see it: whose, and its seed (never its content). */
  public record PaperRow(long applicationId, long seed, int questions, Instant generatedAt) {}

  public Generated generate(Actor actor, long recruitmentId) {
    core.require(actor, WrittenExamPlugin.MANAGE, "generate papers");
    Instant now = Instant.now();
    WrittenExam exam = exams.lockedOf(recruitmentId);
    if (exam.started(now)) {
      throw UseCaseException.conflict(
          "exam.started", "the exam has started: papers are generated before it");
    }
    List<StageEntrant> entrants =
        core.services().roster().entrants(WrittenExamPlugin.ID, recruitmentId);
    if (entrants.isEmpty()) {
      throw UseCaseException.conflict(
          "exam.noEntrants", "no candidate has entered the written exam yet");
    }
    Set<Long> existing = new HashSet<>();
    exams.papers(exam.id()).forEach(p -> existing.add(p.applicationId()));
    Blueprint blueprint = PaperCodec.readBlueprint(exam.blueprintJson());
    List<DrawableItem> bank = exams.drawableBank();
    Set<Long> drawn = new HashSet<>();
    int generated = 0;
    for (StageEntrant e : entrants) {
      if (existing.contains(e.applicationId())) {
        continue;
      }
      long seed = RANDOM.nextLong();
      PaperContent content = draw(exam, blueprint, bank, seed);
      content.questions().forEach(q -> drawn.add(q.itemId()));
      em.persist(
          new Paper(
              exam.id(),
              e.applicationId(),
              e.candidateAccountId(),
              seed,
              content.questions().size(),
              vault.seal(exam, e.applicationId(), content),
              now));
      generated++;
    }
    for (Long id : drawn) {
      em.find(Item.class, id).markUsed();
    }
    exam.papersGenerated(now);
    core.audit(
        actor,
        "papers.generated",
        "exam",
        exam.id(),
        Map.of("recruitment", recruitmentId, "generated", generated, "existing", existing.size()));
    return new Generated(generated, existing.size());
  }

  public List<PaperRow> papers(Actor actor, long recruitmentId) {
    core.require(actor, WrittenExamPlugin.MANAGE, "view papers");
    WrittenExam exam =
        exams
            .ofRecruitment(recruitmentId)
            .orElseThrow(() -> UseCaseException.notFound("written exam of " + recruitmentId));
    return exams.papers(exam.id()).stream()
        .map(p -> new PaperRow(p.applicationId(), p.seed(), p.questionCount(), p.generatedAt()))
        .toList();
  }

  static PaperContent draw(
      WrittenExam exam, Blueprint blueprint, List<DrawableItem> bank, long seed) {
    long selection = exam.mode() == PaperMode.FIXED ? exam.examSeed() : seed;
    try {
      return PaperGenerator.generate(blueprint, bank, selection, seed);
    } catch (InsufficientItemsException e) {
      throw UseCaseException.invalid(
          "exam.insufficientItems", "the bank cannot fill the blueprint", List.of(e.getMessage()));
    }
  }
}
