package org.zhaokao.pipeline.domain.flow;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * When and where a stage takes place (考试时间、地点), as the announcement states it.
 *
 * @param startsAt when it starts
 * @param endsAt when it ends, after the start and within 30 days of it
 * @param place where, e.g. 杭州市第十四中学（凤起路校区）, at most 200 characters
 */
public record StageSchedule(OffsetDateTime startsAt, OffsetDateTime endsAt, String place) {

  static final int MAX_PLACE = 200;

  public StageSchedule {
    if (startsAt == null) {
      throw invalid("startsAt", "required", "Give the start time");
    }
    if (endsAt == null || !endsAt.isAfter(startsAt)) {
      throw invalid("endsAt", "schedule.order", "The stage ends after it starts");
    }
    if (Duration.between(startsAt, endsAt).toDays() > 30) {
      throw invalid("endsAt", "schedule.length", "A stage lasts at most 30 days");
    }
    place = place == null ? "" : place.strip();
    if (place.isEmpty() || place.length() > MAX_PLACE) {
      throw invalid("place", "schedule.place", "Give the place, at most 200 characters");
    }
    Objects.requireNonNull(place);
  }

  private static InvalidInputException invalid(String field, String code, String message) {
    return InvalidInputException.of(field, code, message);
  }
}
