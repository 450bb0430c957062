package org.zhaokao.written.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhaokao.written.application.ExamPlan;
import org.zhaokao.written.application.ExamPlanning;
import org.zhaokao.written.application.ExamRescheduling;
import org.zhaokao.written.application.ExamView;
import org.zhaokao.written.application.UseCaseException;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.Blueprint;
import org.zhaokao.written.domain.paper.PaperMode;

/**
 * Backs the plan screen of one recruitment's written exam (笔试安排): the plan as it stands, the plan
 * form (schedule, duration, paper mode, sections, identity check, rules) until papers exist, the
 * rules alone until the start, and rescheduling (改期) with a reason. The rules of each change are
 * the application services'; their refusals show as messages.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Times are entered and shown in China Standard Time, as the agency works. */
  static final ZoneOffset CST = ZoneOffset.ofHours(8);

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private ExamPlanning planning;
  @Inject private ExamRescheduling rescheduling;

  private long recruitment;
  private String title = "";
  private boolean planned;
  private String currentStartsAt = "";
  private String currentEndsAt = "";
  private String fullMarks = "";
  private String papersGeneratedAt = "";
  private String rulesDigest = "";
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private int durationMinutes = 90;
  private PaperMode mode = PaperMode.PER_CANDIDATE;
  private boolean identityCheck;
  private String rules = "";
  private List<SectionRow> sections = new ArrayList<>();
  private LocalDateTime newStartsAt;
  private LocalDateTime newEndsAt;
  private String reason = "";

  /** The recruitment comes as {@code ?recruitment=}. */
  @PostConstruct
  void init() {
    recruitment = Faces.longParameter("recruitment");
    try {
      planning.assignments(Faces.actor()).stream()
          .filter(a -> a.assignment().recruitmentId() == recruitment)
          .findFirst()
          .ifPresentOrElse(
              a -> {
                title = a.assignment().recruitmentTitle();
                a.exam().ifPresent(this::load);
              },
              () -> Faces.error("plan.title", Faces.text("plan.unknown"), List.of()));
    } catch (UseCaseException e) {
      Faces.error("plan.title", e);
    }
    if (sections.isEmpty()) {
      sections.add(new SectionRow());
    }
  }

  private void load(ExamView e) {
    planned = true;
    currentStartsAt = shown(e.startsAt());
    currentEndsAt = shown(e.endsAt());
    fullMarks = e.fullMarks().toPlainString();
    papersGeneratedAt = shown(e.papersGeneratedAt());
    rulesDigest = e.rulesDigest() == null ? "" : e.rulesDigest();
    startsAt = local(e.startsAt());
    endsAt = local(e.endsAt());
    durationMinutes = e.durationMinutes();
    mode = e.mode();
    identityCheck = e.identityCheck();
    rules = e.rules() == null ? "" : e.rules();
    sections = new ArrayList<>(e.blueprint().sections().stream().map(SectionRow::new).toList());
    newStartsAt = startsAt;
    newEndsAt = endsAt;
  }

  public void save() {
    ExamPlan plan =
        new ExamPlan(
            instant(startsAt),
            instant(endsAt),
            durationMinutes,
            mode,
            new Blueprint(sections.stream().map(SectionRow::section).toList()),
            identityCheck,
            rules);
    try {
      load(planning.plan(Faces.actor(), recruitment, plan));
      Faces.info("plan.saved");
    } catch (UseCaseException e) {
      Faces.error("plan.title", e);
    }
  }

  public void saveRules() {
    try {
      load(planning.changeRules(Faces.actor(), recruitment, rules));
      Faces.info("plan.rulesSaved");
    } catch (UseCaseException e) {
      Faces.error("plan.title", e);
    }
  }

  public void reschedule() {
    try {
      ExamRescheduling.Rescheduled r =
          rescheduling.reschedule(
              Faces.actor(), recruitment, instant(newStartsAt), instant(newEndsAt), reason);
      load(r.exam());
      reason = "";
      Faces.info("plan.rescheduled", r.attemptsChanged(), r.entrantsNotified());
    } catch (UseCaseException e) {
      Faces.error("plan.title", e);
    }
  }

  public void addSection() {
    sections.add(new SectionRow());
  }

  public void removeSection(SectionRow row) {
    if (sections.size() > 1) {
      sections.remove(row);
    }
  }

  private static LocalDateTime local(Instant at) {
    return at == null ? null : at.atOffset(CST).toLocalDateTime();
  }

  private static Instant instant(LocalDateTime at) {
    return at == null ? null : at.toInstant(CST);
  }

  private static String shown(Instant at) {
    return at == null ? "" : SHOWN.format(at.atOffset(CST));
  }

  public boolean isPlanned() {
    return planned;
  }

  /** Papers exist: the plan is frozen; only the rules (until the start) and the window move. */
  public boolean isFrozen() {
    return !papersGeneratedAt.isEmpty();
  }

  public String getCurrentStartsAt() {
    return currentStartsAt;
  }

  public String getCurrentEndsAt() {
    return currentEndsAt;
  }

  public String getFullMarks() {
    return fullMarks;
  }

  public String getPapersGeneratedAt() {
    return papersGeneratedAt;
  }

  public String getRulesDigest() {
    return rulesDigest;
  }

  public long getRecruitment() {
    return recruitment;
  }

  public String getTitle() {
    return title;
  }

  public List<ItemType> getTypes() {
    return Arrays.asList(ItemType.values());
  }

  public List<Difficulty> getDifficulties() {
    return Arrays.asList(Difficulty.values());
  }

  public List<PaperMode> getModes() {
    return Arrays.asList(PaperMode.values());
  }

  public List<SectionRow> getSections() {
    return sections;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(int durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public PaperMode getMode() {
    return mode;
  }

  public void setMode(PaperMode mode) {
    this.mode = mode;
  }

  public boolean isIdentityCheck() {
    return identityCheck;
  }

  public void setIdentityCheck(boolean identityCheck) {
    this.identityCheck = identityCheck;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }

  public LocalDateTime getNewStartsAt() {
    return newStartsAt;
  }

  public void setNewStartsAt(LocalDateTime newStartsAt) {
    this.newStartsAt = newStartsAt;
  }

  public LocalDateTime getNewEndsAt() {
    return newEndsAt;
  }

  public void setNewEndsAt(LocalDateTime newEndsAt) {
    this.newEndsAt = newEndsAt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
