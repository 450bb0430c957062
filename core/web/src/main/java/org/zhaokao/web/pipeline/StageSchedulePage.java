package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.zhaokao.pipeline.application.flow.PipelineSetup;
import org.zhaokao.pipeline.application.flow.ScheduleForm;
import org.zhaokao.web.security.Login;

/**
 * The time and place of the stage selected on the pipeline page (考试时间、地点), entered in China
 * Standard Time as announcements state them.
 */
@Named
@ViewScoped
public class StageSchedulePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  @EJB private PipelineSetup setup;
  @Inject private PipelinePage pipeline;
  @Inject private Login login;

  private Long loadedFor;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String place;

  /** Takes the stored schedule in whenever another stage is selected. */
  private void sync() {
    Long selected = pipeline.getStageId();
    if (Objects.equals(selected, loadedFor)) {
      return;
    }
    loadedFor = selected;
    ScheduleForm stored =
        pipeline.getChain().stream()
            .filter(s -> selected != null && s.id() == selected)
            .findFirst()
            .map(s -> s.schedule())
            .orElse(null);
    startsAt = stored == null ? null : stored.startsAt().atZoneSameInstant(CST).toLocalDateTime();
    endsAt = stored == null ? null : stored.endsAt().atZoneSameInstant(CST).toLocalDateTime();
    place = stored == null ? null : stored.place();
  }

  public void save() {
    Long stage = pipeline.getStageId();
    pipeline.run(
        () ->
            setup.schedule(
                login.actor(),
                stage,
                new ScheduleForm(
                    startsAt == null ? null : startsAt.atOffset(CST),
                    endsAt == null ? null : endsAt.atOffset(CST),
                    place)),
        "pipeline.scheduled");
  }

  public LocalDateTime getStartsAt() {
    sync();
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    sync();
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    sync();
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    sync();
    this.endsAt = endsAt;
  }

  public String getPlace() {
    sync();
    return place;
  }

  public void setPlace(String place) {
    sync();
    this.place = place;
  }
}
