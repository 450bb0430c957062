package org.zhaokao.written.application;

import java.util.List;
import org.zhaokao.written.domain.proctoring.Snapshot;

/** The one rule for a picture a candidate's browser sends: a JPEG of a webcam frame's size. */
final class Pictures {

  private Pictures() {}

  /**
   * @throws UseCaseException 422 for anything but a JPEG of at most {@link Snapshot#MAX_BYTES}
   */
  static void requireJpeg(byte[] jpeg) {
    if (jpeg.length == 0 || jpeg.length > Snapshot.MAX_BYTES) {
      throw UseCaseException.invalid(
          "picture.size",
          "a picture is 1 byte to " + Snapshot.MAX_BYTES / 1024 + " KiB",
          List.of(jpeg.length + " bytes"));
    }
    if (!Snapshot.looksLikeJpeg(jpeg)) {
      throw UseCaseException.invalid(
          "picture.type", "a picture is a JPEG image", List.of("not a JPEG file"));
    }
  }
}
