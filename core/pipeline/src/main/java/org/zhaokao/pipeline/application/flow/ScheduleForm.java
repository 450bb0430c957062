package org.zhaokao.pipeline.application.flow;

import java.time.OffsetDateTime;
import org.zhaokao.pipeline.domain.flow.StageSchedule;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * A stage's time and place as screens and the API send and show them.
 *
 * @param startsAt ISO-8601 with offset
 * @param endsAt ISO-8601 with offset
 * @param place where
 */
public record ScheduleForm(OffsetDateTime startsAt, OffsetDateTime endsAt, String place) {

  public static ScheduleForm of(StageSchedule s) {
    return new ScheduleForm(s.startsAt(), s.endsAt(), s.place());
  }

  /**
   * @throws InvalidInputException naming the field that is wrong
   */
  public StageSchedule toSchedule() {
    return new StageSchedule(startsAt, endsAt, place);
  }
}
