package org.zhaokao.physical.application;

import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.physical.domain.plan.TestSession;
import org.zhaokao.physical.domain.standard.ItemVerdict;
import org.zhaokao.physical.infrastructure.SheetPdfs;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The records of the day (考务记录): the sign-in sheet of a session and the result sheet of the
 * recruitment, as PDF. Printing names is a view of personal data, so it is audited.
 */
@ApplicationScoped
public class SheetUseCases {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TestSession.ZONE);

  @Inject private StageContext stage;
  @Inject private PlanUseCases planning;
  @Inject private EvaluationUseCases evaluation;

  /** 签到表: everyone seated in the session, with whether and when they signed in. */
  @Transactional
  public byte[] signInSheet(Actor actor, long recruitmentId, long sessionId, Locale locale) {
    stage.require(actor, RECORD);
    StageAssignment a = stage.assignment(recruitmentId);
    TestSession session = planning.session(recruitmentId, sessionId);
    ResourceBundle m = stage.plugin().messages(locale);
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (CandidateResult r : evaluation.evaluate(recruitmentId)) {
      if (r.seat().isEmpty() || r.seat().get().sessionId() != sessionId) {
        continue;
      }
      StageEntrant e = r.entrant();
      rows.add(
          List.of(
              String.valueOf(++n),
              e.ticketNumber().orElse(""),
              e.realName(),
              m.getString("gender." + e.gender()),
              e.maskedIdNumber(),
              r.seat().get().signedInAt().map(MINUTE::format).orElse(""),
              ""));
    }
    byte[] pdf =
        SheetPdfs.sheet(
            m.getString("sheet.signIn.title"),
            List.of(
                a.recruitmentTitle(),
                m.getString("sheet.session")
                    + ": "
                    + MINUTE.format(session.startsAt())
                    + "  "
                    + session.place()),
            List.of(
                "#",
                m.getString("column.ticket"),
                m.getString("column.name"),
                m.getString("column.gender"),
                m.getString("column.idNumber"),
                m.getString("column.signedInAt"),
                m.getString("column.signature")),
            rows,
            new float[] {1, 4, 3, 2, 5, 4, 4},
            m.getString("sheet.officers"));
    stage.audit(
        actor,
        "sheet.sign-in.printed",
        "physical-test-session",
        sessionId,
        "candidates",
        String.valueOf(rows.size()));
    return pdf;
  }

  /** 成绩单: every candidate's best figure per item and the verdicts. */
  @Transactional
  public byte[] resultSheet(Actor actor, long recruitmentId, Locale locale) {
    stage.require(actor, RECORD);
    StageAssignment a = stage.assignment(recruitmentId);
    ResourceBundle m = stage.plugin().messages(locale);
    List<List<String>> rows = new ArrayList<>();
    for (CandidateResult r : evaluation.evaluate(recruitmentId)) {
      StageEntrant e = r.entrant();
      String items =
          r.evaluation()
              .map(ev -> String.join("\n", ev.items().stream().map(v -> line(v, m)).toList()))
              .orElse("");
      String status = m.getString("status." + r.status().name());
      rows.add(
          List.of(
              e.ticketNumber().orElse(""),
              e.realName(),
              m.getString("gender." + e.gender()),
              items,
              r.status().name().equals("DISQUALIFIED") ? status + ": " + r.remark() : status));
    }
    byte[] pdf =
        SheetPdfs.sheet(
            m.getString("sheet.result.title"),
            List.of(a.recruitmentTitle()),
            List.of(
                m.getString("column.ticket"),
                m.getString("column.name"),
                m.getString("column.gender"),
                m.getString("column.items"),
                m.getString("column.outcome")),
            rows,
            new float[] {4, 3, 2, 9, 4},
            m.getString("sheet.officers"));
    stage.audit(
        actor,
        "sheet.result.printed",
        "recruitment",
        recruitmentId,
        "candidates",
        String.valueOf(rows.size()));
    return pdf;
  }

  private static String line(ItemVerdict v, ResourceBundle m) {
    return v.code()
        + ": "
        + v.best().map(b -> b.stripTrailingZeros().toPlainString()).orElse("-")
        + " / "
        + v.standard().stripTrailingZeros().toPlainString()
        + " "
        + m.getString("verdict." + v.verdict().name());
  }
}
