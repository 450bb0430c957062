package org.zhaokao.ui.documents;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.zhaokao.ui.fonts.CjkFont;

/**
 * The CJK font as OpenPDF's {@link BaseFont}, made once for every PDF of every WAR: embedded as a
 * subset (Identity-H), so Chinese names and places print on any reader.
 */
public final class PdfFont {

  private static volatile BaseFont font;

  private PdfFont() {}

  /** Noto Sans SC (the ui-kit's {@link CjkFont}). */
  public static BaseFont cjk() {
    BaseFont f = font;
    if (f == null) {
      synchronized (PdfFont.class) {
        f = font;
        if (f == null) {
          try {
            f =
                BaseFont.createFont(
                    CjkFont.NAME,
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    CjkFont.trueType(),
                    null);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the CJK font", e);
          }
          font = f;
        }
      }
    }
    return f;
  }
}
