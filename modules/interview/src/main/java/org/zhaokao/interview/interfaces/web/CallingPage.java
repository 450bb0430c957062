package org.zhaokao.interview.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhaokao.interview.Messages;
import org.zhaokao.interview.application.Calling;
import org.zhaokao.interview.application.CallingView;
import org.zhaokao.interview.application.InterviewProblem;
import org.zhaokao.interview.application.LotDrawing;
import org.zhaokao.interview.application.RosterLine;
import org.zhaokao.interview.application.WaitingRoom;

/**
 * The waiting room and calling screen (候考与叫号) of one session, for the room's display: sign-in after
 * the identity check, the draw, then the candidate answering by number plate in large type with the
 * time left by the server's clock and the warnings reached, the queue, and the recording references
 * of each candidate.
 */
@Named
@ViewScoped
public class CallingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Calling calling;
  @EJB private WaitingRoom waitingRoom;
  @EJB private LotDrawing drawing;

  private Long sessionId;
  private CallingView board;
  private List<RosterLine> roster = List.of();
  private Integer answerSeconds;
  private String warnings = "";
  private Long recordingSlot;
  private String recordings = "";

  /** Opens the session named in {@code ?session=}. */
  @PostConstruct
  void open() {
    String param =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("session");
    try {
      sessionId = param == null || param.isBlank() ? null : Long.valueOf(param.strip());
    } catch (NumberFormatException e) {
      sessionId = null;
    }
    load();
  }

  private void load() {
    if (sessionId == null) {
      return;
    }
    Pages.run(
        () -> {
          roster = waitingRoom.roster(Pages.actor(), sessionId);
          show(calling.board(Pages.actor(), sessionId));
        });
  }

  /** The poll: the board again, by the server's clock. */
  public void refresh() {
    if (sessionId != null) {
      Pages.run(() -> board = calling.board(Pages.actor(), sessionId));
    }
  }

  public void signIn(RosterLine line) {
    if (Pages.run(() -> waitingRoom.signIn(Pages.actor(), sessionId, line.applicationId(), true))) {
      load();
    }
  }

  public void draw() {
    if (Pages.run(() -> drawing.draw(Pages.actor(), sessionId, Optional.empty()))) {
      load();
    }
  }

  public void next() {
    Pages.run(() -> show(calling.next(Pages.actor(), sessionId)));
  }

  public void end() {
    Pages.run(() -> show(calling.end(Pages.actor(), sessionId)));
  }

  public void setTimer() {
    List<Integer> points;
    try {
      points =
          warnings.isBlank()
              ? List.of()
              : Arrays.stream(warnings.split("[,，\\s]+"))
                  .filter(w -> !w.isBlank())
                  .map(Integer::valueOf)
                  .toList();
    } catch (NumberFormatException e) {
      Pages.run(
          () -> {
            throw InterviewProblem.invalid(
                "warningSeconds", Pages.bundle().getString("calling.warnings"));
          });
      return;
    }
    Pages.run(() -> show(calling.timer(Pages.actor(), sessionId, answerSeconds, points)));
  }

  /** Opens the recording references of one candidate for editing. */
  public void editRecordings(CallingView.Place place) {
    recordingSlot = place.slotId();
    recordings = String.join("\n", place.recordings());
  }

  public void saveRecordings() {
    if (recordingSlot == null) {
      return;
    }
    List<String> refs =
        Arrays.stream(recordings.split("\\R"))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .toList();
    if (Pages.run(() -> calling.recordings(Pages.actor(), recordingSlot, refs))) {
      Pages.message(FacesMessage.SEVERITY_INFO, "calling.saved");
      refresh();
    }
  }

  private void show(CallingView view) {
    board = view;
    answerSeconds = view.answerSeconds();
    warnings = view.warningSeconds().stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The time left as mm:ss. */
  public String getRemaining() {
    if (board == null || board.current() == null) {
      return "";
    }
    long s = board.current().remainingSeconds();
    return String.format("%02d:%02d", s / 60, s % 60);
  }

  /** The most urgent warning reached, as mm:ss, or empty. */
  public String getWarning() {
    if (board == null || board.current() == null || board.current().warningsReached().isEmpty()) {
      return "";
    }
    List<Integer> reached = board.current().warningsReached();
    int w = reached.get(0);
    return String.format("%d:%02d", w / 60, w % 60);
  }

  public List<String> getRules() {
    return Messages.rules(Pages.bundle());
  }

  public Long getSessionId() {
    return sessionId;
  }

  public CallingView getBoard() {
    return board;
  }

  public List<RosterLine> getRoster() {
    return roster;
  }

  public boolean isDrawn() {
    return roster.stream().anyMatch(r -> r.order() != null);
  }

  public Integer getAnswerSeconds() {
    return answerSeconds;
  }

  public void setAnswerSeconds(Integer answerSeconds) {
    this.answerSeconds = answerSeconds;
  }

  public String getWarnings() {
    return warnings;
  }

  public void setWarnings(String warnings) {
    this.warnings = warnings == null ? "" : warnings;
  }

  public Long getRecordingSlot() {
    return recordingSlot;
  }

  public String getRecordings() {
    return recordings;
  }

  public void setRecordings(String recordings) {
    this.recordings = recordings == null ? "" : recordings;
  }
}
