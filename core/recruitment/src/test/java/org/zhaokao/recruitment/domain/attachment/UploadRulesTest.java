package org.zhaokao.recruitment.domain.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.files.FileType;
import org.zhaokao.platform.validation.InvalidInputException;

class UploadRulesTest {

  static byte[] image(String format, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  private static String code(InvalidInputException e) {
    return e.problems().get(0).code();
  }

  @Test
  void aPortraitPhotoIsDescribedByItsBytes() {
    byte[] png = image("png", 295, 413);
    UploadRules.CheckedFile f = UploadRules.check(AttachmentKind.PHOTO, "我的照片.png", png);
    assertEquals(FileType.PNG, f.type());
    assertEquals(Optional.of(295), f.width());
    assertEquals(Optional.of(413), f.height());
    assertEquals("我的照片.png", f.fileName());
    assertEquals(64, f.sha256().length());
    assertArrayEquals(png, f.content());
    assertEquals(
        FileType.JPEG,
        UploadRules.check(AttachmentKind.PHOTO, "p.jpg", image("jpg", 300, 400)).type());
  }

  @Test
  void theBytesDecideTheTypeNotTheName() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> UploadRules.check(AttachmentKind.PHOTO, "photo.jpg", PDF));
    assertEquals("file.type", code(e));
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "file.type",
        code(
            assertThrows(
                InvalidInputException.class,
                () -> UploadRules.check(AttachmentKind.CERTIFICATE, "degree.pdf", script))));
    assertEquals(
        FileType.PDF, UploadRules.check(AttachmentKind.CERTIFICATE, "degree.png", PDF).type());
  }

  @Test
  void photosOfTheWrongShapeOrSizeAreRefused() {
    for (int[] wh : new int[][] {{400, 300}, {100, 130}, {2500, 3300}}) {
      byte[] png = image("png", wh[0], wh[1]);
      assertEquals(
          "photo.dimensions",
          code(
              assertThrows(
                  InvalidInputException.class,
                  () -> UploadRules.check(AttachmentKind.PHOTO, "p.png", png))),
          Arrays.toString(wh));
    }
    // A certificate scan may be landscape.
    assertEquals(
        Optional.of(400),
        UploadRules.check(AttachmentKind.CERTIFICATE, "c.png", image("png", 400, 300)).width());
  }

  @Test
  void emptyOversizeAndBrokenFilesAreRefused() {
    assertEquals(
        "file.empty",
        code(
            assertThrows(
                InvalidInputException.class,
                () -> UploadRules.check(AttachmentKind.PHOTO, "p.png", new byte[0]))));
    byte[] big = new byte[AttachmentKind.CERTIFICATE.maxBytes() + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertEquals(
        "file.too-large",
        code(
            assertThrows(
                InvalidInputException.class,
                () -> UploadRules.check(AttachmentKind.CERTIFICATE, "c.pdf", big))));
    byte[] png = image("png", 300, 400);
    byte[] truncated = Arrays.copyOf(png, 12);
    assertEquals(
        "file.unreadable",
        code(
            assertThrows(
                InvalidInputException.class,
                () -> UploadRules.check(AttachmentKind.PHOTO, "p.png", truncated))));
  }

  @Test
  void namesLoseTheirPathControlAndQuoteCharacters() {
    assertEquals("passwd", UploadRules.cleanName("../../etc/passwd", FileType.PDF));
    assertEquals("学位证.pdf", UploadRules.cleanName("C:\\Users\\张三\\学位证.pdf", FileType.PDF));
    assertEquals("abc.pdf", UploadRules.cleanName("a\"b;c\r\n.pdf", FileType.PDF));
    assertEquals("file.pdf", UploadRules.cleanName("  ", FileType.PDF));
    assertEquals("file.png", UploadRules.cleanName(".htaccess", FileType.PNG));
    assertEquals(120, UploadRules.cleanName("x".repeat(300) + ".pdf", FileType.PDF).length());
    assertTrue(UploadRules.cleanName("x".repeat(300) + ".pdf", FileType.PDF).endsWith(".pdf"));
    assertEquals("__.pdf", UploadRules.asciiName("学位.pdf"));
  }
}
