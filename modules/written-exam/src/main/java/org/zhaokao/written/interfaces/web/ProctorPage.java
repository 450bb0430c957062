package org.zhaokao.written.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.written.application.AdmissionDesk;
import org.zhaokao.written.application.ProctorDesk;
import org.zhaokao.written.application.ProctorRoster;
import org.zhaokao.written.application.UseCaseException;

/**
 * Backs the proctor's screen (在线监考): the live roster, refreshed every few seconds, with each
 * candidate's last snapshot, event counts and the proctor's actions.
 */
@Named
@ViewScoped
public class ProctorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProctorDesk desk;
  @Inject private AdmissionDesk admissions;

  private long recruitment;
  private String text = "";
  private List<Map<String, Object>> lines;

  /** The recruitment comes as {@code ?recruitment=}. */
  @PostConstruct
  void init() {
    recruitment = Faces.longParameter("recruitment");
  }

  /** The roster (maps: the server's EL 5 reads no records). */
  public List<Map<String, Object>> getLines() {
    if (lines == null) {
      refresh();
    }
    return lines;
  }

  /** Re-reads the roster (the page polls it). */
  public void refresh() {
    try {
      lines = desk.roster(Faces.actor(), recruitment).stream().map(ProctorPage::row).toList();
    } catch (UseCaseException e) {
      Faces.error("proctor.title", e);
      lines = List.of();
    }
  }

  public void message(long applicationId) {
    act(() -> desk.message(Faces.actor(), recruitment, applicationId, text), "proctor.sent");
  }

  public void forceSubmit(long applicationId) {
    act(() -> desk.forceSubmit(Faces.actor(), recruitment, applicationId, text), "proctor.forced");
  }

  public void admit(long applicationId) {
    act(
        () -> admissions.decide(Faces.actor(), recruitment, applicationId, true, text),
        "proctor.admitted");
  }

  public void refuse(long applicationId) {
    act(
        () -> admissions.decide(Faces.actor(), recruitment, applicationId, false, text),
        "proctor.refused");
  }

  public void report(long applicationId) {
    act(() -> desk.report(Faces.actor(), recruitment, applicationId, text), "proctor.reported");
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Faces.info(done);
      text = "";
      refresh();
    } catch (UseCaseException e) {
      Faces.error("proctor.title", e);
    }
  }

  private static Map<String, Object> row(ProctorRoster.Line l) {
    Map<String, Object> m = new HashMap<>();
    m.put("applicationId", l.applicationId());
    m.put("name", l.name());
    m.put("ticket", l.ticketNumber());
    m.put("status", l.status().name());
    m.put("openedAt", l.openedAt() == null ? "" : l.openedAt().toString());
    m.put("snapshot", l.lastSnapshotAt() != null);
    m.put("snapshotAt", l.lastSnapshotAt() == null ? "" : l.lastSnapshotAt().toString());
    m.put("events", l.events().toString());
    m.put("suspicious", l.suspicious());
    m.put("peakAudio", l.peakAudio() == null ? "" : l.peakAudio().toString());
    m.put("incident", l.incidentId() == null ? "" : l.incidentId().toString());
    m.put("admission", l.admission() == null ? "" : l.admission().name());
    m.put("devicesChecked", l.devices().checkedAt() != null);
    m.put(
        "devicesFailed",
        l.devices().failed() == null
            ? List.of()
            : l.devices().failed().stream().map(Enum::name).toList());
    m.put("rulesAccepted", l.rulesAcceptedAt() == null ? "" : l.rulesAcceptedAt().toString());
    return m;
  }

  public long getRecruitment() {
    return recruitment;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
