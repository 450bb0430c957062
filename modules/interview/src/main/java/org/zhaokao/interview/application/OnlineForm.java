package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.Map;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The online form (网络面试): each candidate's meeting link with the time slot in which it shows on the
 * candidate's portal page; outside the slot the page shows the time only.
 */
@Stateless
public class OnlineForm {

  @Inject private Stage stage;
  @Inject private Records records;

  /** The slot's meeting as staff see it. */
  public record Meeting(
      long slotId, String link, OffsetDateTime opensAt, OffsetDateTime closesAt) {}

  /**
   * @throws InterviewProblem 422 for a link that is not https, or a window that does not open
   *     before it closes
   */
  public Meeting set(
      Actor actor, long slotId, String link, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    Slot slot = records.slot(slotId);
    Panel panel = records.panel(slot.panelId());
    stage.require(actor, Permission.MANAGE, panel.recruitmentId());
    String url = link(link);
    if (opensAt == null) {
      throw InterviewProblem.invalid(
          "opensAt", "Give when the slot opens, e.g. 2026-12-05T09:00+08:00");
    }
    if (closesAt == null || !opensAt.isBefore(closesAt)) {
      throw InterviewProblem.invalid("closesAt", "The slot must close after it opens");
    }
    slot.meeting(url, opensAt, closesAt);
    stage.audit(
        actor,
        "stage.interview.meeting.set",
        "interview-slot",
        slotId,
        Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
    return new Meeting(slotId, url, opensAt, closesAt);
  }

  private static String link(String link) {
    String value = link == null ? "" : link.strip();
    try {
      URI uri = new URI(value);
      if (value.length() <= 500
          && "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && uri.getUserInfo() == null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw InterviewProblem.invalid("link", "The meeting link is an https:// address");
  }
}
