package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.AuditProbeDeployments;
import org.zhaokao.it.support.Browser;

/** An auditor filters the trail in the console, sees the rows, and checks the chain. */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT extends AuditProbeDeployments {

  @Test
  void anAuditorFiltersTheTrailAndVerifiesTheChain() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    AuditApi.record(tag, "it.browser.viewed", "SUCCESS", "DENIED", "FAILED");
    AuditApi.linkPending();
    try (Browser browser = new Browser()) {
      browser.logInAsAdmin("/zhaokao/console/audit/events.xhtml");
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-form:events")));
      browser.driver().findElement(By.id("audit-form:targetType")).sendKeys("probe");
      browser.driver().findElement(By.id("audit-form:targetId")).sendKeys(tag);
      browser.driver().findElement(By.id("audit-form:search")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("#audit-form\\:events_data tr[data-ri]"), 3));
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("#audit-form\\:events_data tr[data-ri]"));
      assertEquals(
          "FAILED",
          rows.get(0).findElement(By.cssSelector("[data-result]")).getAttribute("data-result"));
      assertTrue(rows.get(0).getText().contains("it.browser.viewed"), rows.get(0).getText());
      assertTrue(rows.get(0).getText().contains("失败"), rows.get(0).getText());
      String export =
          browser
              .driver()
              .findElement(By.xpath("//*[@id='audit-form:export-xlsx']/descendant-or-self::a"))
              .getAttribute("href");
      assertTrue(export.contains("targetId=" + tag), export);
      browser.screenshot("audit-events-zh");

      browser.open("/zhaokao/console/audit/verification.xhtml");
      browser.driver().findElement(By.id("verify-form:verify")).click();
      WebElement report =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-form:report")));
      assertEquals("true", report.getAttribute("data-intact"), report.getText());
      assertTrue(
          browser.driver().findElement(By.id("verify-form:messages")).getText().contains("哈希链完整"));
      browser.screenshot("audit-verification-zh");

      browser.driver().findElement(By.id("lang-en")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.tagName("h1"), "Verify the audit chain"));
      browser.screenshot("audit-verification-en");
    }
  }
}
