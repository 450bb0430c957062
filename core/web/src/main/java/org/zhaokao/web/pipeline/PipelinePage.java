package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.zhaokao.pipeline.application.flow.PipelineSetup;
import org.zhaokao.pipeline.application.flow.Results;
import org.zhaokao.pipeline.application.flow.SettingsForm;
import org.zhaokao.pipeline.application.flow.StageInstanceView;
import org.zhaokao.pipeline.application.flow.StageProgress;
import org.zhaokao.pipeline.application.flow.StageResultsView;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * A recruitment's stage chain in the console (阶段流程): compose it, set a stage's rule, move a stage
 * on, and the results table of a stage with the employer's confirmation and publication. The use
 * cases check who may do what; the page only offers.
 */
@Named
@ViewScoped
public class PipelinePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "pipeline";

  @EJB private PipelineSetup setup;
  @EJB private StageProgress progress;
  @EJB private Results results;
  @Inject private Login login;

  private Long recruitmentId;
  private String chainText = "";
  private Long stageId;
  private String ruleKind = "PASS_FAIL";
  private Integer ratio;
  private BigDecimal minimumScore;
  private BigDecimal maxScore;
  private BigDecimal weight = BigDecimal.ZERO;
  private Integer roundingScale = 2;
  private String roundingMode = "HALF_UP";
  private transient List<StageInstanceView> chain;
  private transient StageResultsView stageResults;

  public List<StageInstanceView> getChain() {
    if (chain == null && recruitmentId != null) {
      try {
        chain = setup.chain(login.actor(), recruitmentId);
      } catch (RuntimeException e) {
        chain = List.of();
        Problems.show(FORM, e);
      }
    }
    return chain == null ? List.of() : chain;
  }

  /** The selected stage's results, or null. */
  public StageResultsView getStageResults() {
    if (stageResults == null && stageId != null) {
      try {
        stageResults = results.stageResults(login.actor(), stageId);
      } catch (RuntimeException e) {
        Problems.show(FORM, e);
      }
    }
    return stageResults;
  }

  /**
   * The selected stage's score bands as the Chart.js configuration of {@code p:chart}, or null
   * while no stage is selected.
   */
  public String getScoreChart() {
    StageResultsView r = getStageResults();
    if (r == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return ScoreChart.bar(
        ScoreBands.of(r.lines(), r.stage().settings().maxScore()),
        msg.getString("pipeline.chart.advancing"),
        msg.getString("pipeline.chart.others"),
        msg.getString("pipeline.chart.candidates"));
  }

  public void compose() {
    run(
        () ->
            setup.compose(
                login.actor(),
                recruitmentId,
                Arrays.stream(chainText.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList()),
        "pipeline.composed");
  }

  /** Selects a stage: its settings go into the form and its results below. */
  public void select(long id) {
    stageId = id;
    stageResults = null;
    getChain().stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .ifPresent(
            s -> {
              SettingsForm f = s.settings();
              ruleKind = f.ruleKind();
              ratio = f.ratio();
              minimumScore = f.minimumScore();
              maxScore = f.maxScore();
              weight = f.weight();
              roundingScale = f.roundingScale();
              roundingMode = f.roundingMode();
            });
  }

  public void configure() {
    run(() -> setup.configure(login.actor(), stageId, form()), "pipeline.configured");
  }

  public void propose() {
    run(() -> setup.propose(login.actor(), stageId, form()), "pipeline.proposed");
  }

  public void approve() {
    run(() -> setup.approve(login.actor(), stageId), "pipeline.approved");
  }

  public void advance(long id, String to) {
    stageId = id;
    run(() -> progress.advance(login.actor(), id, to), "pipeline.advanced");
  }

  public void confirm() {
    run(() -> progress.confirm(login.actor(), stageId), "pipeline.confirmed");
  }

  public void publish() {
    run(() -> progress.publish(login.actor(), stageId), "pipeline.published");
  }

  private SettingsForm form() {
    return new SettingsForm(
        ruleKind, ratio, minimumScore, maxScore, weight, roundingScale, roundingMode);
  }

  /** Runs a use case, shows its message, and reloads the chain. */
  void run(Runnable action, String doneKey) {
    try {
      action.run();
      PageMessages.info(doneKey);
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
    chain = null;
    stageResults = null;
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public String getChainText() {
    return chainText;
  }

  public void setChainText(String chainText) {
    this.chainText = chainText == null ? "" : chainText;
  }

  public Long getStageId() {
    return stageId;
  }

  public String getRuleKind() {
    return ruleKind;
  }

  public void setRuleKind(String ruleKind) {
    this.ruleKind = ruleKind;
  }

  public Integer getRatio() {
    return ratio;
  }

  public void setRatio(Integer ratio) {
    this.ratio = ratio;
  }

  public BigDecimal getMinimumScore() {
    return minimumScore;
  }

  public void setMinimumScore(BigDecimal minimumScore) {
    this.minimumScore = minimumScore;
  }

  public BigDecimal getMaxScore() {
    return maxScore;
  }

  public void setMaxScore(BigDecimal maxScore) {
    this.maxScore = maxScore;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public void setWeight(BigDecimal weight) {
    this.weight = weight;
  }

  public Integer getRoundingScale() {
    return roundingScale;
  }

  public void setRoundingScale(Integer roundingScale) {
    this.roundingScale = roundingScale;
  }

  public String getRoundingMode() {
    return roundingMode;
  }

  public void setRoundingMode(String roundingMode) {
    this.roundingMode = roundingMode;
  }
}
