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
import org.zhaokao.it.support.Complaining;
import org.zhaokao.it.support.CoreDeployments;

/**
 * A visitor files a complaint on the portal and gets a ticket with a deadline; staff find it in the
 * console and answer it; the visitor reads the answer on the status page.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintBrowserIT extends CoreDeployments {

  private static WebElement visible(Browser browser, By element) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  @Test
  void aComplaintFiledOnThePortalIsAnsweredInTheConsoleAndTheAnswerIsSeenOnTheStatusPage() {
    String email = Complaining.email();
    try (Browser browser = new Browser()) {
      browser.open("/zhaokao/?lang=zh-CN");
      visible(browser, By.id("nav-complaint")).click();
      visible(browser, By.id("complaint:name")).sendKeys("钱十");
      browser.driver().findElement(By.id("complaint:contact")).sendKeys(email);
      browser.driver().findElement(By.id("complaint:subject")).sendKeys("考点指引牌缺失");
      browser.driver().findElement(By.id("complaint:body")).sendKeys("<b>东门</b>没有指引牌，考生找不到考场。");
      browser.driver().findElement(By.id("complaint:file")).click();
      String ticket = visible(browser, By.id("ticket")).getText();
      assertTrue(ticket.matches("TS[0-9]{8}-[A-Z2-9]{6}"), ticket);
      String due = browser.driver().findElement(By.id("due-on")).getText();
      assertTrue(due.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"), due);
      assertTrue(
          browser.driver().findElement(By.id("licence-icp")).getText().contains("ICP"),
          "the footer shows the licences");
      browser.screenshot("complaint-filed-zh");

      browser.logInAsAdmin("/zhaokao/console/complaints/index.xhtml");
      WebElement row =
          visible(browser, By.xpath("//tr[.//a[@class='zk-ticket' and text()='" + ticket + "']]"));
      assertTrue(row.getText().contains("处理中"), row.getText());
      assertTrue(row.getText().contains(due), row.getText());
      browser.screenshot("complaint-console-list-zh");
      row.findElement(By.className("zk-ticket")).click();
      WebElement body = visible(browser, By.id("complaint-body"));
      assertEquals("<b>东门</b>没有指引牌，考生找不到考场。", body.getText(), "markup shows as text");
      browser.driver().findElement(By.id("complaint:replyText")).sendKeys("已在东门增设指引牌，感谢反馈。");
      browser.driver().findElement(By.id("complaint:send-reply")).click();
      browser.waiting().until(ExpectedConditions.textToBe(By.id("reply"), "已在东门增设指引牌，感谢反馈。"));
      assertEquals("已答复", browser.driver().findElement(By.id("state")).getText());
      browser.screenshot("complaint-console-replied-zh");

      browser.open("/zhaokao/complaint-status.xhtml?lang=zh-CN");
      visible(browser, By.id("status:ticket")).sendKeys(ticket);
      browser.driver().findElement(By.id("status:contact")).sendKeys(email);
      browser.driver().findElement(By.id("status:look-up")).click();
      WebElement reply = visible(browser, By.id("result-reply"));
      assertEquals("已在东门增设指引牌，感谢反馈。", reply.getText());
      assertEquals("已答复", browser.driver().findElement(By.id("result-status")).getText());
      browser.screenshot("complaint-status-answered-zh");
    }
  }
}
