package org.zhaokao.ui.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes (ZXing encodes): drawn into a PDF as filled squares, or as an SVG for a web page.
 * Neither needs an image library or AWT.
 */
public final class QrCode {

  private QrCode() {}

  /**
   * The modules of the QR code of {@code text} (UTF-8, error correction M), with a four-module
   * quiet zone.
   *
   * @throws IllegalArgumentException if the text does not fit a QR code
   */
  public static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4,
                  EncodeHintType.CHARACTER_SET,
                  StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit a QR code", e);
    }
  }

  /** Draws the QR code of {@code text}, {@code size} points wide, its lower-left corner at x, y. */
  public static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
    BitMatrix m = matrix(text);
    float module = size / m.getWidth();
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int row = 0; row < m.getHeight(); row++) {
      for (int col = 0; col < m.getWidth(); col++) {
        if (m.get(col, row)) {
          canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  /** An SVG of the QR code of {@code text}, as a data URI for an {@code <img>}. */
  public static String svgDataUri(String text) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
  }

  static String svg(String text) {
    BitMatrix m = matrix(text);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + m.getWidth()
        + " "
        + m.getHeight()
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
