package org.zhaokao.recruitment.application;

import java.util.List;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.recruitment.domain.recruitment.AnnouncementHtml;
import org.zhaokao.recruitment.domain.recruitment.ApplicationWindow;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.WorkPhase;

/** A checked {@link RecruitmentForm}: the content to store and the notice and pledge texts. */
record RecruitmentContent(Recruitment.Content content, String notice, String pledge) {

  /**
   * Checks every field and cleans the announcement.
   *
   * @param creating whether the code is checked too (it is fixed afterwards)
   * @throws org.zhaokao.platform.validation.InvalidInputException naming every refused field
   */
  static RecruitmentContent check(RecruitmentForm f, boolean creating) {
    Checks checks = new Checks();
    if (creating) {
      Forms.code(checks, "code", f.code());
    }
    Forms.text(checks, "title", f.title(), 200);
    String html = AnnouncementHtml.sanitise(f.announcementHtml());
    checks.require(
        AnnouncementHtml.hasText(html) && html.length() <= AnnouncementHtml.MAX_LENGTH,
        "announcementHtml",
        "announcement",
        "Write the announcement (at most " + AnnouncementHtml.MAX_LENGTH + " characters)",
        AnnouncementHtml.MAX_LENGTH);
    Forms.present(checks, "opensAt", f.opensAt());
    Forms.present(checks, "closesAt", f.closesAt());
    checks.require(
        f.opensAt() == null || f.closesAt() == null || f.closesAt().isAfter(f.opensAt()),
        "closesAt",
        "window",
        "The window must close after it opens");
    Forms.text(checks, "contacts", f.contacts(), 1000);
    Forms.text(checks, "notice", f.notice(), 20000);
    Forms.text(checks, "pledge", f.pledge(), 20000);
    List<RecruitmentForm.WorkPhaseForm> plan = f.workPlan() == null ? List.of() : f.workPlan();
    checks.require(plan.size() <= 30, "workPlan", "workPlan", "At most 30 phases");
    for (int i = 0; i < plan.size(); i++) {
      RecruitmentForm.WorkPhaseForm w = plan.get(i);
      String at = "workPlan[" + i + "].";
      Forms.text(checks, at + "name", w.name(), 100);
      Forms.present(checks, at + "startsOn", w.startsOn());
      Forms.present(checks, at + "endsOn", w.endsOn());
      checks.require(
          w.startsOn() == null || w.endsOn() == null || !w.endsOn().isBefore(w.startsOn()),
          at + "endsOn",
          "period",
          "A phase ends on or after its first day");
      Forms.text(checks, at + "staff", w.staff(), 500);
      Forms.text(checks, at + "duties", w.duties(), 2000);
      Forms.text(checks, at + "procedure", w.procedure(), 4000);
    }
    checks.throwIfAny();
    return new RecruitmentContent(
        new Recruitment.Content(
            f.title().trim(),
            html,
            new ApplicationWindow(f.opensAt(), f.closesAt()),
            f.contacts().trim(),
            plan.stream()
                .map(
                    w ->
                        new WorkPhase(
                            w.name().trim(),
                            w.startsOn(),
                            w.endsOn(),
                            w.staff().trim(),
                            w.duties().trim(),
                            w.procedure().trim()))
                .toList()),
        f.notice().trim(),
        f.pledge().trim());
  }
}
