package org.zhaokao.recruitment.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recruitment as an editor writes it (招考项目).
 *
 * @param code unique code, e.g. {@code 2026-HRSS-01}; fixed once created
 * @param employerId the employer; fixed once created
 * @param title the announcement's title
 * @param announcementHtml the announcement (招考公告) as rich text; cleaned to a safe subset
 * @param opensAt the application window opens (with offset)
 * @param closesAt the window closes
 * @param contacts consultation phone numbers and hours
 * @param notice the application notice (报名须知); a change makes a new version
 * @param pledge the integrity pledge (诚信协议); a change makes a new version
 * @param workPlan the exam work plan's phases, in order (R3)
 */
public record RecruitmentForm(
    String code,
    Long employerId,
    String title,
    String announcementHtml,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    String contacts,
    String notice,
    String pledge,
    List<WorkPhaseForm> workPlan) {

  /**
   * One phase of the work plan.
   *
   * @param name 报名, 资格审核, 笔试, ...
   * @param startsOn first day
   * @param endsOn last day
   * @param staff who is responsible
   * @param duties what they do
   * @param procedure how it is done
   */
  public record WorkPhaseForm(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      String staff,
      String duties,
      String procedure) {}
}
