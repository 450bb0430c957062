package org.zhaokao.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Downloads PDFs and reads them as a person would: their text, and the QR code on them. */
public final class Pdfs {

  private Pdfs() {}

  /** GETs a PDF download: 200, {@code application/pdf}, as an attachment. */
  public static byte[] download(Browsing who, String path) {
    HttpResponse<byte[]> r = who.getBytes(path);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    return r.body();
  }

  /** The text of every page; the first page must carry (embedded) fonts. */
  public static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String fonts = doc.getPage(0).getResources().getFontNames().toString();
      assertFalse(fonts.isEmpty());
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text of the QR code on the last page, read from the page rendered at 200 dpi. */
  public static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    }
  }

  /** The (decoded) {@code token} parameter of a verification address. */
  public static String token(URI address) {
    return URLDecoder.decode(
        address.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
  }
}
