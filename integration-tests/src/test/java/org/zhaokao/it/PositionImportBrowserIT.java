package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.PositionWorkbooks.copyExample;
import static org.zhaokao.it.support.PositionWorkbooks.template;
import static org.zhaokao.it.support.PositionWorkbooks.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Recruiting;

/**
 * An editor uploads a filled-in position template on the recruitment's editor: a wrong cell is
 * named by row and column in Chinese and nothing is added; the corrected sheet adds its positions.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PositionImportBrowserIT extends CoreDeployments {

  @Test
  void aWrongCellIsNamedThenTheCorrectedSheetIsImported() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long id = Recruiting.draft(Recruiting.employer(), now.plusDays(1), now.plusDays(10));
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    XSSFWorkbook bad = template();
    copyExample(bad, 3, "B-2");
    Path badFile = dir.resolve("positions-bad.xlsx");
    Files.write(badFile, with(bad, 2, "A", "B-1", 3, "D", "两名"));
    XSSFWorkbook good = template();
    copyExample(good, 3, "G-2");
    Path goodFile = dir.resolve("positions-good.xlsx");
    Files.write(goodFile, with(good, 2, "A", "G-1"));

    try (Browser editor = new Browser()) {
      WebDriver d = editor.driver();
      editor.logInAsAdmin("/zhaokao/console/recruitments/edit.xhtml?id=" + id);
      editor
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("positionImport:upload")));
      assertTrue(
          d.findElement(By.id("editor:positionTemplate")).getAttribute("href").endsWith(".xlsx"));

      upload(editor, badFile);
      editor
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("positionImport:importMessages"), "第 3 行 D 列"));
      String refused = d.findElement(By.id("positionImport:importMessages")).getText();
      assertTrue(refused.contains("招聘人数必须是正整数"), refused);
      editor.screenshot("position-import-refused-zh");
      assertEquals(2, Recruiting.view(id).getJsonArray("positions").size(), "nothing added");

      upload(editor, goodFile);
      editor
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("positionImport:importMessages"), "已导入 2 个岗位"));
      assertTrue(d.findElement(By.tagName("main")).getText().contains("G-2 统计调查岗"));
      editor.screenshot("position-import-done-zh");
      assertEquals(4, Recruiting.view(id).getJsonArray("positions").size());
    }
  }

  private static void upload(Browser editor, Path file) {
    editor
        .driver()
        .findElement(By.cssSelector("[id='positionImport'] input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    editor.driver().findElement(By.id("positionImport:upload")).click();
  }
}
