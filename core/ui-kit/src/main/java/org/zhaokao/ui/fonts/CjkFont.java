package org.zhaokao.ui.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font every WAR's PDFs embed: Noto Sans SC Regular (SIL Open Font License 1.1, its text
 * beside it as {@code NotoSansSC-LICENSE.txt}), shipped once in the ui-kit in {@code
 * zhaokao.ear/lib}. It hands out the TrueType bytes; {@link org.zhaokao.ui.documents.PdfFont} makes
 * OpenPDF's font of them once for every WAR.
 */
public final class CjkFont {

  /** The font's file name, as PDFs name the embedded subset. */
  public static final String NAME = "NotoSansSC-Regular.ttf";

  private static final String RESOURCE = "/org/zhaokao/ui/fonts/" + NAME;
  private static volatile byte[] bytes;

  private CjkFont() {}

  /**
   * The TrueType file, read once; callers must not change the array.
   *
   * @throws IllegalStateException if the build left the font out
   */
  public static byte[] trueType() {
    byte[] b = bytes;
    if (b == null) {
      try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "The CJK font " + RESOURCE + " is missing from the ui-kit");
        }
        b = in.readAllBytes();
        bytes = b;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b;
  }
}
