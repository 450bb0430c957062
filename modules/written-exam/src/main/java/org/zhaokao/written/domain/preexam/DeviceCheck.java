package org.zhaokao.written.domain.preexam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate's device check before an online exam (设备检测), as their browser last reported it:
 * camera, microphone, and the browser's abilities the sitting needs (camera access, full screen,
 * local storage for unsent answers). The proctor sees what failed.
 */
@Entity
@Table(name = "we_device_check")
public class DeviceCheck {

  /** What the page checks, in the order it shows them. */
  public enum Item {
    CAMERA,
    MICROPHONE,
    MEDIA,
    FULLSCREEN,
    STORAGE
  }

  /** One report: a pass or fail per item and the loudest microphone level heard (0 to 100). */
  public record Result(
      boolean camera,
      boolean microphone,
      boolean media,
      boolean fullscreen,
      boolean storage,
      Integer audioLevel) {

    public Result {
      if (audioLevel != null && (audioLevel < 0 || audioLevel > 100)) {
        throw new IllegalArgumentException("audioLevel is 0 to 100, got " + audioLevel);
      }
    }

    /** The items that failed, in page order. */
    public List<Item> failed() {
      List<Item> out = new ArrayList<>();
      boolean[] passed = {camera, microphone, media, fullscreen, storage};
      for (Item i : Item.values()) {
        if (!passed[i.ordinal()]) {
          out.add(i);
        }
      }
      return out;
    }
  }

  @Id
  @SequenceGenerator(name = "we_proctor_seq", sequenceName = "we_proctor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_proctor_seq")
  private Long id;

  @Column(name = "paper_id", nullable = false, unique = true)
  private long paperId;

  @Column(nullable = false)
  private boolean camera;

  @Column(nullable = false)
  private boolean microphone;

  @Column(nullable = false)
  private boolean media;

  @Column(nullable = false)
  private boolean fullscreen;

  @Column(nullable = false)
  private boolean storage;

  @Column(name = "audio_level")
  private Integer audioLevel;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  /** How many times the candidate ran the check. */
  @Column(nullable = false)
  private int checks;

  protected DeviceCheck() {}

  public DeviceCheck(long paperId, Result result, Instant at) {
    this.paperId = paperId;
    record(result, at);
    checks = 1;
  }

  /** A new run of the check replaces the last one. */
  public void rerun(Result result, Instant at) {
    record(result, at);
    checks++;
  }

  private void record(Result r, Instant at) {
    camera = r.camera();
    microphone = r.microphone();
    media = r.media();
    fullscreen = r.fullscreen();
    storage = r.storage();
    audioLevel = r.audioLevel();
    checkedAt = at;
  }

  public Result result() {
    return new Result(camera, microphone, media, fullscreen, storage, audioLevel);
  }

  public long paperId() {
    return paperId;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public int checks() {
    return checks;
  }
}
