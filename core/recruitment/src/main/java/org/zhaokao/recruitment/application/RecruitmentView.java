package org.zhaokao.recruitment.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.recruitment.domain.recruitment.Phase;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentStatus;

/**
 * A recruitment as the console and the public pages show it. Times are in China Standard Time.
 *
 * @param id id
 * @param code code
 * @param employerId employer
 * @param employerName employer's name
 * @param title title
 * @param status decided state
 * @param phase lifecycle phase now (APPLYING, REVIEWING follow from the window)
 * @param announcementHtml cleaned announcement
 * @param opensAt window opens
 * @param closesAt window closes
 * @param contacts consultation contacts
 * @param notice current application notice
 * @param pledge current integrity pledge
 * @param workPlan work plan (empty on public pages)
 * @param reviewNote why publication was sent back or withdrawn (console only)
 * @param positions positions, with applicant counts on public pages
 */
public record RecruitmentView(
    long id,
    String code,
    long employerId,
    String employerName,
    String title,
    RecruitmentStatus status,
    Phase phase,
    String announcementHtml,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    String contacts,
    Text notice,
    Text pledge,
    List<RecruitmentForm.WorkPhaseForm> workPlan,
    String reviewNote,
    List<PositionView> positions) {

  /**
   * One version of the notice or pledge.
   *
   * @param version the version a signature names
   * @param body the words
   */
  public record Text(int version, String body) {}
}
