package org.zhaokao.medical.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.medical.application.CandidateCheck;
import org.zhaokao.medical.application.PlanUseCases;
import org.zhaokao.medical.application.ReviewUseCases;
import org.zhaokao.medical.application.StageProblem;
import org.zhaokao.medical.domain.report.Checklist;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.RecordStatus;
import org.zhaokao.medical.domain.report.Verdict;

/** The medical officer's screen (体检审核): the candidates of a check and the verdict on a report. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanUseCases plans;
  @Inject private ReviewUseCases reviews;

  /** A candidate of the check; {@code reportId} is the report waiting for review, or 0. */
  public record Row(
      long applicationId, String ticket, String name, String status, long reportId, String file)
      implements Serializable {}

  private List<ChecksPage.RecruitmentRow> recruitments = new ArrayList<>();
  private List<Row> rows = new ArrayList<>();
  private Long recruitmentId;
  private Long reportId;
  private List<String> ticked = new ArrayList<>();
  private String code;
  private Verdict verdict;
  private String reason;

  @PostConstruct
  void load() {
    try {
      recruitments =
          plans.recruitments(Screens.actor()).stream()
              .map(
                  a ->
                      new ChecksPage.RecruitmentRow(
                          a.recruitmentId(), a.recruitmentTitle(), a.phase().name(), a.entrants()))
              .toList();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public void choose() {
    rows = new ArrayList<>();
    if (recruitmentId == null) {
      return;
    }
    try {
      for (CandidateCheck c : reviews.candidates(Screens.actor(), recruitmentId)) {
        MedicalReport waiting =
            c.record().map(r -> r.status()).orElse(null) == RecordStatus.SUBMITTED
                ? c.reports().get(c.reports().size() - 1)
                : null;
        rows.add(
            new Row(
                c.entrant().applicationId(),
                c.entrant().ticketNumber().orElse(""),
                c.entrant().realName(),
                c.record().map(r -> r.status().name()).orElse(RecordStatus.AWAITING_REPORT.name()),
                waiting == null ? 0 : waiting.id(),
                waiting == null ? "" : waiting.fileName()));
      }
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public void review() {
    if (recruitmentId == null || reportId == null) {
      Screens.error(Screens.text("field.choose"));
      return;
    }
    Map<String, Boolean> list = new HashMap<>();
    Checklist.ITEMS.forEach(i -> list.put(i, ticked.contains(i)));
    try {
      reviews.review(
          Screens.actor(),
          recruitmentId,
          reportId,
          new ReviewUseCases.Review(list, code, verdict, reason));
      Screens.info(Screens.text("msg.saved"));
      reportId = null;
      ticked = new ArrayList<>();
      code = reason = null;
      choose();
    } catch (StageProblem e) {
      Screens.error(e.getMessage());
    }
  }

  public List<String> getItems() {
    return Checklist.ITEMS;
  }

  public Verdict[] getVerdicts() {
    return Verdict.values();
  }

  /** The candidates whose report waits for a verdict. */
  public List<Row> getWaiting() {
    return rows.stream().filter(r -> r.reportId() > 0).toList();
  }

  public List<ChecksPage.RecruitmentRow> getRecruitments() {
    return recruitments;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Long getRecruitmentId() {
    return recruitmentId;
  }

  public void setRecruitmentId(Long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public List<String> getTicked() {
    return ticked;
  }

  public void setTicked(List<String> ticked) {
    this.ticked = ticked;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public void setVerdict(Verdict verdict) {
    this.verdict = verdict;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
