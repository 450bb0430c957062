package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * What anyone may read (招考公告): published recruitments, each with its positions, applicant counts
 * and competition ratios (竞争比 = applicants ÷ posts). Served from {@link ReadModels}; counts are at
 * most a minute old.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicRecruitments {

  @Inject private Recruitments recruitments;
  @Inject private RecruitmentViews views;
  @Inject private ReadModels readModels;

  /**
   * One line per published announcement.
   *
   * @param id recruitment id
   * @param code code
   * @param title title
   * @param employerName employer
   * @param phase PUBLISHED, APPLYING, REVIEWING, ...
   * @param opensAt window opens
   * @param closesAt window closes
   */
  public record Announcement(
      long id,
      String code,
      String title,
      String employerName,
      String phase,
      java.time.OffsetDateTime opensAt,
      java.time.OffsetDateTime closesAt)
      implements java.io.Serializable {}

  /** Published announcements, newest first. */
  public java.util.List<Announcement> announcements() {
    return readModels.get(
        "list",
        ArrayList.class,
        () -> {
          Instant now = Instant.now();
          return new ArrayList<>(
              recruitments.visible().stream()
                  .map(
                      r -> {
                        RecruitmentView v = views.view(r, java.util.Map.of(), false);
                        return new Announcement(
                            r.id(),
                            r.code(),
                            r.title(),
                            v.employerName(),
                            r.phaseAt(now).name(),
                            v.opensAt(),
                            v.closesAt());
                      })
                  .toList());
        });
  }

  /** A published recruitment with positions and counts; 404 for anything not published. */
  public RecruitmentView recruitment(long id) {
    return readModels.get(
        "detail/" + id,
        RecruitmentView.class,
        () -> {
          Recruitment r =
              recruitments
                  .find(id)
                  .filter(x -> x.status().visible())
                  .orElseThrow(() -> new RecordNotFoundException("published recruitment", id));
          return views.view(r, recruitments.applicantCounts(id), false);
        });
  }

  /**
   * One page of a published recruitment's positions, narrowed by a search; see {@link
   * PositionPage#of}.
   */
  public PositionPage positions(long id, String query, Integer page, Integer size) {
    return PositionPage.of(recruitment(id).positions(), query, page, size);
  }
}
