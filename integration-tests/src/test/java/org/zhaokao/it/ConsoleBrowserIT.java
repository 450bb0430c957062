package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.SampleDeployments;

/**
 * A staff member opens the console, sees the installed plugin, follows its menu entry, switches
 * language.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT extends SampleDeployments {

  @Test
  void theConsoleListsTheInstalledPluginAndOpensItsScreen() {
    try (Browser browser = new Browser()) {
      // Not logged in: staff log in with password and authenticator code, and land on the console.
      browser.logInAsAdmin("/zhaokao/console/index.xhtml");
      WebElement table =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("stages-form:stages")));
      WebElement row = table.findElement(By.xpath(".//tr[.//code[text()='sample']]"));
      assertTrue(row.getText().contains("示例阶段"), row.getText());
      assertEquals(
          "ACTIVE", row.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
      assertTrue(row.getText().contains("运行中"), row.getText());
      browser.screenshot("console-stages-zh");

      browser.driver().findElement(By.linkText("考场安排")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rooms-panel")));
      assertTrue(browser.driver().getCurrentUrl().contains("/zhaokao-sample/rooms.xhtml"));
      assertTrue(browser.driver().findElement(By.id("rooms")).getText().contains("第一考场"));
      // The stage WAR renders with the shared layout: the same header and licence footer as the
      // core.
      assertTrue(browser.driver().findElement(By.id("licence-icp")).isDisplayed());
      browser.screenshot("plugin-screen-zh");

      browser.open("/zhaokao/console/index.xhtml");
      browser.driver().findElement(By.id("lang-en")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.tagName("h1"), "Stage plugins"));
      assertTrue(
          browser.driver().findElement(By.id("stages-form:stages")).getText().contains("Active"));
      browser.screenshot("console-stages-en");
    }
  }
}
