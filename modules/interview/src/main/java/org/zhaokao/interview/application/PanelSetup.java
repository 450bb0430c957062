package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.ScoringScheme;
import org.zhaokao.interview.domain.SittingPart;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Panels (考官组), their sessions (场次), and which candidates sit which session (考生分组); absences (缺考)
 * are marked here too.
 */
@Stateless
public class PanelSetup {

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  public List<PanelView> panels(Actor actor, long recruitmentId) {
    stage.require(actor, Permission.MANAGE, recruitmentId);
    return store.panels(recruitmentId).stream()
        .map(p -> PanelView.of(p, store.sessions(p.id())))
        .toList();
  }

  /**
   * @throws InterviewProblem 409 without a scheme, 422 naming the bad field
   */
  public PanelView create(Actor actor, long recruitmentId, PanelForm form) {
    stage.require(actor, Permission.MANAGE, recruitmentId);
    records.requireInChain(recruitmentId);
    ScoringScheme scheme = records.scheme(recruitmentId);
    String name = text(form.name(), "name");
    String room = text(form.room(), "room");
    if (store.panelNamed(recruitmentId, name)) {
      throw InterviewProblem.invalid("name", "A panel " + name + " exists in this recruitment");
    }
    Set<Long> examiners =
        new LinkedHashSet<>(form.examiners() == null ? List.of() : form.examiners());
    if (examiners.contains(null)
        || examiners.size() != (form.examiners() == null ? 0 : form.examiners().size())) {
      throw InterviewProblem.invalid("examiners", "Each examiner is listed once");
    }
    if (examiners.size() != scheme.examinersPerPanel()) {
      throw InterviewProblem.invalid(
          "examiners",
          "A panel has " + scheme.examinersPerPanel() + " examiners in this recruitment");
    }
    if (form.chiefAccountId() == null || !examiners.contains(form.chiefAccountId())) {
      throw InterviewProblem.invalid(
          "chiefAccountId", "The chief examiner must be one of the panel's examiners");
    }
    if (form.clerkAccountId() == null || examiners.contains(form.clerkAccountId())) {
      throw InterviewProblem.invalid(
          "clerkAccountId", "The score-room clerk is required and cannot be an examiner");
    }
    Panel panel =
        new Panel(
            recruitmentId, name, room, examiners, form.chiefAccountId(), form.clerkAccountId());
    store.add(panel);
    store.flush();
    stage.audit(
        actor,
        "stage.interview.panel.created",
        "interview-panel",
        panel.id(),
        Map.of(
            "recruitment", String.valueOf(recruitmentId),
            "name", name,
            "room", room,
            "examiners", examiners.stream().map(String::valueOf).collect(Collectors.joining(",")),
            "chief", String.valueOf(form.chiefAccountId()),
            "clerk", String.valueOf(form.clerkAccountId())));
    return PanelView.of(panel, List.of());
  }

  /**
   * @param startsAt when candidates report (报到), or null
   * @param venue the address of the panel's room for the notice, or null
   * @throws InterviewProblem 422 for a missing date or part, or a session the panel has already
   */
  public PanelView.SessionView addSession(
      Actor actor, long panelId, LocalDate date, String part, LocalTime startsAt, String venue) {
    Panel panel = records.panel(panelId);
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    if (date == null) {
      throw InterviewProblem.invalid("date", "Give the session's date as 2026-12-05");
    }
    SittingPart sitting = part(part);
    boolean taken =
        store.sessions(panelId).stream()
            .anyMatch(s -> s.date().equals(date) && s.part() == sitting);
    if (taken) {
      throw InterviewProblem.invalid(
          "part", "The panel sits on " + date + " " + sitting + " already");
    }
    String place = venue == null || venue.isBlank() ? null : text(venue, 200, "venue");
    InterviewSession session = new InterviewSession(panelId, date, sitting, startsAt, place);
    store.add(session);
    store.flush();
    stage.audit(
        actor,
        "stage.interview.session.created",
        "interview-session",
        session.id(),
        Map.of("panel", String.valueOf(panelId), "date", date.toString(), "part", sitting.name()));
    return PanelView.SessionView.of(session);
  }

  /**
   * Assigns entrants of the stage to a session that has not drawn yet.
   *
   * @throws InterviewProblem 409 once drawn, 422 for an application that is not an entrant or sits
   *     elsewhere already
   */
  public int assign(Actor actor, long sessionId, List<Long> applicationIds) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    if (session.drawn()) {
      throw InterviewProblem.conflict("drawn", "Lots were drawn for this session already");
    }
    if (applicationIds == null || applicationIds.isEmpty() || applicationIds.contains(null)) {
      throw InterviewProblem.invalid("applicationIds", "List the applications to assign");
    }
    List<Long> ids = new ArrayList<>(new LinkedHashSet<>(applicationIds));
    Set<Long> entrants =
        stage.core().roster().entrants(InterviewPlugin.ID, panel.recruitmentId()).stream()
            .map(StageEntrant::applicationId)
            .collect(Collectors.toSet());
    List<Long> strangers = ids.stream().filter(id -> !entrants.contains(id)).toList();
    if (!strangers.isEmpty()) {
      throw InterviewProblem.invalid(
          "applicationIds", "Not in this recruitment's interview: " + strangers);
    }
    List<Long> taken = store.assigned(panel.recruitmentId(), ids);
    if (!taken.isEmpty()) {
      throw InterviewProblem.invalid("applicationIds", "Assigned to a session already: " + taken);
    }
    for (long id : ids) {
      store.add(new Slot(sessionId, panel.id(), panel.recruitmentId(), id));
    }
    stage.audit(
        actor,
        "stage.interview.session.assigned",
        "interview-session",
        sessionId,
        Map.of("applications", ids.stream().map(String::valueOf).collect(Collectors.joining(","))));
    return ids.size();
  }

  /**
   * Marks a candidate absent (缺考), until the panel's sheets are unsealed.
   *
   * @throws InterviewProblem 409 once unsealed
   */
  public void markAbsent(Actor actor, long slotId) {
    Slot slot = records.slot(slotId);
    Panel panel = records.panel(slot.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    if (panel.unsealed()) {
      throw InterviewProblem.conflict("unsealed", "The panel's sheets are unsealed already");
    }
    slot.markAbsent();
    stage.audit(
        actor,
        "stage.interview.candidate.absent",
        "interview-slot",
        slotId,
        Map.of("application", String.valueOf(slot.applicationId())));
  }

  private static SittingPart part(String part) {
    try {
      return SittingPart.valueOf(part == null ? "" : part);
    } catch (IllegalArgumentException e) {
      throw InterviewProblem.invalid("part", "The part is MORNING, AFTERNOON or EVENING");
    }
  }

  private static String text(String value, String field) {
    return text(value, 100, field);
  }

  private static String text(String value, int max, String field) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw InterviewProblem.invalid(field, field + " is 1 to " + max + " characters");
    }
    return value.trim();
  }
}
