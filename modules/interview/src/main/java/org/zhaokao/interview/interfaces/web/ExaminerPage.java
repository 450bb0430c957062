package org.zhaokao.interview.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.interview.application.CandidateLine;
import org.zhaokao.interview.application.ExaminerScoring;
import org.zhaokao.interview.application.PanelView;
import org.zhaokao.interview.application.SchemeView;
import org.zhaokao.interview.application.SheetView;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The examiner's tablet screen (考官评分): the candidates of the examiner's panel by number plate in
 * drawn order, and one sheet at a time with a field per dimension; saving keeps a draft, submitting
 * seals it.
 */
@Named
@ViewScoped
public class ExaminerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExaminerScoring scoring;

  private List<PanelView> panels;
  private Long panelId;
  private SchemeView scheme;
  private List<CandidateLine> candidates = List.of();
  private CandidateLine selected;
  private Map<String, BigDecimal> scores = new HashMap<>();
  private boolean sealed;

  public List<PanelView> getPanels() {
    if (panels == null) {
      panels = scoring.myPanels(actor());
      if (!panels.isEmpty() && panelId == null) {
        panelId = panels.get(0).id();
        loadPanel();
      }
    }
    return panels;
  }

  /** Shows another panel's candidates. */
  public void loadPanel() {
    selected = null;
    if (panelId == null) {
      return;
    }
    run(
        () -> {
          scheme = scoring.scheme(actor(), panelId);
          candidates = scoring.candidates(actor(), panelId);
        });
  }

  /** Opens the sheet of the chosen candidate. */
  public void select(CandidateLine line) {
    selected = line;
    scores = new HashMap<>();
    sealed = false;
    if (line.mySheetId() != null) {
      run(
          () -> {
            SheetView sheet = scoring.sheet(actor(), line.mySheetId());
            scores = new HashMap<>(sheet.scores());
            sealed = "SEALED".equals(sheet.status());
          });
    }
  }

  public void save() {
    fill(false);
  }

  public void submit() {
    fill(true);
  }

  private void fill(boolean submit) {
    if (selected == null) {
      return;
    }
    long slot = selected.slotId();
    boolean done =
        run(
            () -> {
              scoring.fill(actor(), slot, scores, submit);
              candidates = scoring.candidates(actor(), panelId);
            });
    if (done) {
      message(FacesMessage.SEVERITY_INFO, submit ? "examine.submitted" : "examine.saved");
      candidates.stream().filter(c -> c.slotId() == slot).findFirst().ifPresent(this::select);
    }
  }

  private static boolean run(Runnable action) {
    return Pages.run(action);
  }

  private static void message(FacesMessage.Severity severity, String key) {
    Pages.message(severity, key);
  }

  private static Actor actor() {
    return Pages.actor();
  }

  public Long getPanelId() {
    return panelId;
  }

  public void setPanelId(Long panelId) {
    this.panelId = panelId;
  }

  public SchemeView getScheme() {
    return scheme;
  }

  public List<CandidateLine> getCandidates() {
    return candidates;
  }

  public CandidateLine getSelected() {
    return selected;
  }

  public Map<String, BigDecimal> getScores() {
    return scores;
  }

  public boolean isSealed() {
    return sealed;
  }
}
