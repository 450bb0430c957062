package org.zhaokao.physical.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.zhaokao.physical.application.CandidateResult;
import org.zhaokao.physical.application.CatalogueUseCases;
import org.zhaokao.physical.application.EvaluationUseCases;
import org.zhaokao.physical.application.PlanUseCases;
import org.zhaokao.physical.application.ResultUseCases;
import org.zhaokao.physical.application.SittingUseCases;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.imports.ResultEntry;
import org.zhaokao.physical.domain.sitting.Attempt;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/**
 * The tablet screen of the test day (体能测试现场录入): pick the recruitment and session, sign candidates
 * in after checking their identity, and type each attempt's figure.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanUseCases planning;
  @Inject private CatalogueUseCases catalogue;
  @Inject private SittingUseCases sitting;
  @Inject private ResultUseCases results;
  @Inject private EvaluationUseCases evaluation;

  private Long recruitmentId;
  private Long sessionId;
  private Long applicationId;
  private String item;
  private Integer attempt = 1;
  private BigDecimal value;
  private List<CandidateResult> candidates = List.of();

  public List<StageAssignment> getRecruitments() {
    return guarded(() -> planning.recruitments(actor()), List.of());
  }

  public List<SessionOption> getSessions() {
    if (recruitmentId == null) {
      return List.of();
    }
    return guarded(
        () ->
            planning.sessions(actor(), recruitmentId).stream()
                .map(s -> new SessionOption(s.id(), Labels.session(s)))
                .toList(),
        List.of());
  }

  /** The plan's items as code → attempts. */
  public Map<String, Integer> getItems() {
    if (recruitmentId == null) {
      return Map.of();
    }
    return guarded(
        () -> {
          Map<Long, String> codes =
              catalogue.items(actor()).stream()
                  .collect(Collectors.toMap(TestItem::id, TestItem::code));
          Map<String, Integer> out = new java.util.LinkedHashMap<>();
          planning
              .plan(actor(), recruitmentId)
              .ifPresent(p -> p.items().forEach(i -> out.put(codes.get(i.itemId()), i.attempts())));
          return out;
        },
        Map.of());
  }

  public List<Integer> getAttempts() {
    int n = item == null ? 1 : getItems().getOrDefault(item, 1);
    return IntStream.rangeClosed(1, n).boxed().toList();
  }

  public void load() {
    candidates =
        recruitmentId == null
            ? List.of()
            : guarded(
                () ->
                    evaluation.results(actor(), recruitmentId).stream()
                        .filter(
                            c ->
                                sessionId != null
                                    && c.session().map(s -> s.id().equals(sessionId)).orElse(false))
                        .toList(),
                List.of());
  }

  public void signIn(long application) {
    run(() -> sitting.signIn(actor(), recruitmentId, application, sessionId, true), "msg.signedIn");
    load();
  }

  public void save() {
    if (applicationId == null || item == null || attempt == null || value == null) {
      message(FacesMessage.SEVERITY_ERROR, text("msg.incomplete"));
      return;
    }
    ResultEntry entry =
        new ResultEntry(
            1, ResultEntry.APPLICATION, String.valueOf(applicationId), item, attempt, value);
    run(
        () -> results.record(actor(), recruitmentId, List.of(entry), Attempt.Source.MANUAL),
        "msg.saved");
    value = null;
    load();
  }

  public List<CandidateResult> getCandidates() {
    return candidates;
  }

  public List<CandidateResult> getSignedIn() {
    return candidates.stream()
        .filter(c -> c.seat().map(s -> s.signedIn() && !s.disqualified()).orElse(false))
        .toList();
  }

  private void run(Runnable action, String successKey) {
    try {
      action.run();
      message(FacesMessage.SEVERITY_INFO, text(successKey));
    } catch (StageProblem e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  private <T> T guarded(Supplier<T> read, T otherwise) {
    try {
      return read.get();
    } catch (StageProblem e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return otherwise;
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static String text(String key) {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc.getApplication().getResourceBundle(fc, "pt").getString(key);
  }

  private static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** A session as the drop-down shows it. */
  public record SessionOption(long id, String label) {}

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public Integer getAttempt() {
    return attempt;
  }

  public void setAttempt(Integer attempt) {
    this.attempt = attempt;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }
}
