package org.zhaokao.recruitment.domain.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhaokao.identity.domain.account.AccountHold;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentStatus;
import org.zhaokao.recruitment.domain.recruitment.WorkPhase;

/**
 * What a candidate's applications say about deleting the account (注销限制): an application in a
 * recruitment still running holds the account until the recruitment's work plan ends; one in a
 * finished recruitment is a record kept for {@value #RETENTION_YEARS} years after that (SPEC:
 * records kept at least three years), whatever the application's outcome.
 */
public final class DeletionHolds {

  /** Years a finished recruitment's records are kept. */
  public static final int RETENTION_YEARS = 3;

  private DeletionHolds() {}

  /** The hold one application's recruitment puts on the account today, if any. */
  public static Optional<AccountHold> of(Recruitment r, LocalDate today) {
    return of(r.status(), r.title(), lastDay(r), today);
  }

  /**
   * @param status the recruitment's status
   * @param title its title
   * @param lastDay the last day of its work plan
   */
  static Optional<AccountHold> of(
      RecruitmentStatus status, String title, LocalDate lastDay, LocalDate today) {
    if (status != RecruitmentStatus.CLOSED && status != RecruitmentStatus.ARCHIVED) {
      // A running recruitment holds the account even past its planned end: it ends when closed.
      LocalDate until = lastDay.isBefore(today) ? today : lastDay;
      return Optional.of(new AccountHold(AccountHold.Kind.LIVE_APPLICATION, title, until));
    }
    LocalDate kept = lastDay.plusYears(RETENTION_YEARS);
    return kept.isAfter(today)
        ? Optional.of(new AccountHold(AccountHold.Kind.RETENTION, title, kept))
        : Optional.empty();
  }

  /** The last day of the work plan, or the day applications closed when there is no plan. */
  static LocalDate lastDay(Recruitment r) {
    return Stream.concat(
            r.workPlan().stream().map(WorkPhase::endsOn),
            Stream.of(r.window().closesAt().toLocalDate()))
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** The holds of several recruitments, one per recruitment. */
  public static List<AccountHold> of(List<Recruitment> recruitments, LocalDate today) {
    return recruitments.stream()
        .distinct()
        .map(r -> of(r, today))
        .flatMap(Optional::stream)
        .toList();
  }
}
