package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.SiteContent;

/**
 * An editor writes a guide in the console's text editor and submits it; the author sees no review
 * panel; once a second person approves it, the portal's guides page shows it.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentBrowserIT extends CoreDeployments {

  private static WebElement visible(Browser browser, By element) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  @Test
  void aGuideWrittenInTheEditorIsShownAfterASecondPersonApprovesIt() {
    String marker = "体检-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.logInAsAdmin("/zhaokao/console/content/index.xhtml");
      visible(browser, By.id("new-page")).click();
      visible(browser, By.id("page:title")).sendKeys("体检指南 " + marker);
      ((JavascriptExecutor) browser.driver())
          .executeScript("PF('pageKind').selectValue('GUIDE_MEDICAL_CHECK');");
      assertEquals("体检指南", browser.driver().findElement(By.id("page:kind_label")).getText());
      WebElement editor = visible(browser, By.cssSelector("#page\\:bodyHtml .ql-editor"));
      editor.click();
      editor.sendKeys("体检当天请空腹，携带身份证。" + marker);
      browser.driver().findElement(By.id("page:save")).click();
      visible(browser, By.id("page:submit")).click();
      browser.waiting().until(ExpectedConditions.textToBe(By.id("page-status"), "待审核"));
      assertTrue(
          browser.driver().findElements(By.id("page:approve")).isEmpty(),
          "the author gets no review panel");
      browser.screenshot("content-submitted-zh");
      String url = browser.driver().getCurrentUrl();
      long id = Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));

      Recruiting.publisher()
          .post(SiteContent.PAGES + "/" + id + "/approval", SiteContent.ALL_CRITERIA);
      assertEquals("PUBLISHED", SiteContent.view(id).getString("status"));

      browser.open("/zhaokao/?lang=zh-CN");
      visible(browser, By.id("nav-guides")).click();
      WebElement guide = visible(browser, By.id("guide-" + id));
      assertTrue(guide.getText().contains("体检当天请空腹，携带身份证。" + marker), guide.getText());
      assertTrue(guide.getText().contains("体检指南"), guide.getText());
      browser.screenshot("content-guide-published-zh");
    }
  }
}
