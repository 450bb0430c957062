package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.LotDraw;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Lot drawing (抽签) per session: once, among the candidates signed in, from a recorded seed,
 * replayable by anyone who manages. The draw starts the session: sign-in closes and the candidates
 * who have not signed in are absent (缺考), an outcome the score room reports.
 */
@Stateless
public class LotDrawing {

  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  /**
   * Draws the session's order.
   *
   * @param seed a seed chosen in public (e.g. drawn by a candidate's representative), or empty for
   *     a random one; either way it is recorded
   * @throws InterviewProblem 409 when drawn already or nobody signed in, 422 when nobody is
   *     assigned
   */
  public DrawView draw(Actor actor, long sessionId, Optional<Long> seed) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    long by = stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    if (session.drawn()) {
      throw InterviewProblem.conflict(
          "drawn", "Lots were drawn for this session already; replay shows the result");
    }
    List<Slot> slots = store.slotsOfSession(sessionId);
    if (slots.isEmpty()) {
      throw InterviewProblem.invalid("sessionId", "Assign candidates to the session first");
    }
    List<Slot> present = slots.stream().filter(s -> s.signedIn() && !s.absent()).toList();
    if (present.isEmpty()) {
      throw InterviewProblem.conflict(
          "nobody-signed-in", "Nobody has signed in: lots are drawn among those present");
    }
    // Drawing starts the session: sign-in closes and who has not signed in is absent.
    List<Long> absent =
        slots.stream().filter(s -> !s.signedIn()).map(Slot::applicationId).sorted().toList();
    slots.stream().filter(s -> !s.signedIn()).forEach(Slot::markAbsent);
    if (session.signInOpen()) {
      session.closeSignIn(stage.now());
    }
    long chosen = seed.orElseGet(SEEDS::nextLong);
    Map<Long, Slot> byApplication = byApplication(present);
    List<LotDraw.Drawn> drawn = LotDraw.draw(chosen, byApplication.keySet());
    drawn.forEach(d -> byApplication.get(d.applicationId()).drawn(d));
    session.drawn(chosen, by, stage.now());
    stage.audit(
        actor,
        "stage.interview.lots.drawn",
        "interview-session",
        sessionId,
        Map.of(
            "seed",
            String.valueOf(chosen),
            "order",
            drawn.stream()
                .map(d -> d.plate() + "=" + d.applicationId())
                .collect(Collectors.joining(",")),
            "absent",
            absent.stream().map(String::valueOf).collect(Collectors.joining(","))));
    return view(session, byApplication, drawn, true);
  }

  /**
   * Draws again from the recorded seed and compares with the recorded order.
   *
   * @throws InterviewProblem 409 when the session has not drawn yet
   */
  public DrawView replay(Actor actor, long sessionId) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    long seed =
        session
            .seed()
            .orElseThrow(() -> InterviewProblem.conflict("not-drawn", "No lots were drawn yet"));
    // The draw was among those who had a place drawn: the ones present when it was made.
    Map<Long, Slot> byApplication =
        byApplication(
            store.slotsOfSession(sessionId).stream()
                .filter(s -> s.drawOrder().isPresent())
                .toList());
    List<LotDraw.Drawn> again = LotDraw.draw(seed, byApplication.keySet());
    boolean matches =
        again.stream()
            .allMatch(
                d -> {
                  Slot s = byApplication.get(d.applicationId());
                  return s.drawOrder().orElse(-1) == d.order()
                      && s.plate().orElse("").equals(d.plate());
                });
    return view(session, byApplication, again, matches);
  }

  /**
   * The printable order list (抽签结果表) of a drawn session, with the candidates' names for the waiting
   * room; showing the names is logged as a view of personal data.
   *
   * @throws InterviewProblem 409 when the session has not drawn yet
   */
  public OrderSheet orderSheet(Actor actor, long sessionId) {
    InterviewSession session = records.session(sessionId);
    Panel panel = records.panel(session.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    long seed =
        session
            .seed()
            .orElseThrow(() -> InterviewProblem.conflict("not-drawn", "No lots were drawn yet"));
    Map<Long, StageEntrant> entrants =
        stage.core().roster().entrants(InterviewPlugin.ID, panel.recruitmentId()).stream()
            .collect(Collectors.toMap(StageEntrant::applicationId, Function.identity()));
    List<OrderSheet.Line> lines = new ArrayList<>();
    List<Slot> slots = new ArrayList<>(store.slotsOfSession(sessionId));
    // Drawn places first, in order; those absent at the draw (no place) after them.
    slots.sort(
        Comparator.comparing((Slot s) -> s.drawOrder().orElse(Integer.MAX_VALUE))
            .thenComparing(Slot::applicationId));
    for (Slot s : slots) {
      StageEntrant e = entrants.get(s.applicationId());
      lines.add(
          new OrderSheet.Line(
              s.drawOrder().orElse(0),
              s.plate().orElse(""),
              e == null ? "" : e.realName(),
              e == null ? "" : e.ticketNumber().orElse(""),
              e == null ? "" : e.positionCode() + " " + e.positionTitle(),
              s.absent()));
    }
    stage.audit(
        actor,
        "stage.interview.order.printed",
        "interview-session",
        sessionId,
        Map.of("candidates", String.valueOf(lines.size())));
    return new OrderSheet(
        panel.name(), panel.room(), session.date(), session.part().name(), seed, lines);
  }

  private static Map<Long, Slot> byApplication(List<Slot> slots) {
    return slots.stream().collect(Collectors.toMap(Slot::applicationId, Function.identity()));
  }

  private static DrawView view(
      InterviewSession session,
      Map<Long, Slot> byApplication,
      List<LotDraw.Drawn> drawn,
      boolean matches) {
    return new DrawView(
        session.id(),
        session.seed().orElseThrow(),
        session.drawnAt().orElse(null),
        drawn.stream()
            .map(
                d ->
                    new DrawView.Line(
                        byApplication.get(d.applicationId()).id(),
                        d.applicationId(),
                        d.order(),
                        d.plate()))
            .toList(),
        matches);
  }
}
