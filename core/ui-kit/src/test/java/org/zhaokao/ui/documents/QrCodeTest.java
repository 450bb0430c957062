package org.zhaokao.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void aCodeReadsBackAsItsTextChineseIncluded() throws Exception {
    String text = "https://zhaokao.example.gov.cn/verify?t=准考证-2026-0001";
    BitMatrix m = QrCode.matrix(text);
    int scale = 4;
    int[] pixels = new int[m.getWidth() * scale * m.getHeight() * scale];
    for (int y = 0; y < m.getHeight() * scale; y++) {
      for (int x = 0; x < m.getWidth() * scale; x++) {
        pixels[y * m.getWidth() * scale + x] =
            m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    var source = new RGBLuminanceSource(m.getWidth() * scale, m.getHeight() * scale, pixels);
    assertEquals(
        text, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText());
  }

  @Test
  void theSvgIsOnePathOnWhite() {
    String uri = QrCode.svgDataUri("zhaokao");
    assertTrue(uri.startsWith("data:image/svg+xml;base64,"));
    String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
    assertTrue(svg.contains("<path fill=\"#000\" d=\"M"), svg);
  }

  @Test
  void textTooLongForAQrCodeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> QrCode.matrix("码".repeat(3000)));
  }

  @Test
  void theCjkFontIsMadeOnceAndHasChineseGlyphs() {
    assertSame(PdfFont.cjk(), PdfFont.cjk());
    assertTrue(PdfFont.cjk().charExists('张'));
  }
}
