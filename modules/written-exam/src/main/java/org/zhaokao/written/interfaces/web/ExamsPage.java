package org.zhaokao.written.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zhaokao.written.application.ExamPlanning;
import org.zhaokao.written.application.PaperIssuing;
import org.zhaokao.written.application.ScoreReporting;
import org.zhaokao.written.application.UseCaseException;

/**
 * Backs the written exams screen: the recruitments whose chain holds the stage, their exam, and the
 * two actions staff take on the day's edges — generate the papers, report the scores. Each row
 * links to the plan screen ({@link PlanPage}), where an exam is set up and rescheduled.
 */
@Named
@ViewScoped
public class ExamsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ExamPlanning planning;
  @Inject private PaperIssuing issuing;
  @Inject private ScoreReporting reporting;

  private List<ExamRow> assignments;

  public List<ExamRow> getAssignments() {
    if (assignments == null) {
      try {
        assignments = planning.assignments(Faces.actor()).stream().map(ExamRow::new).toList();
      } catch (UseCaseException e) {
        Faces.error("exams.title", e);
        assignments = List.of();
      }
    }
    return assignments;
  }

  public void generate(long recruitmentId) {
    try {
      PaperIssuing.Generated g = issuing.generate(Faces.actor(), recruitmentId);
      Faces.info("exams.generated", g.generated(), g.existing());
      assignments = null;
    } catch (UseCaseException e) {
      Faces.error("exams.title", e);
    }
  }

  public void report(long recruitmentId) {
    try {
      ScoreReporting.Reported r = reporting.report(Faces.actor(), recruitmentId);
      Faces.info("exams.reportedCount", r.stored(), r.unchanged());
      assignments = null;
    } catch (UseCaseException e) {
      Faces.error("exams.title", e);
    }
  }
}
