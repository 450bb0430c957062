package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Notifications.awaitDelivery;
import static org.zhaokao.it.support.Notifications.mobile;
import static org.zhaokao.it.support.Notifications.request;
import static org.zhaokao.it.support.Notifications.send;
import static org.zhaokao.it.support.Notifications.unique;

import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.NotificationDeployments;

/**
 * A content editor previews a template and is told why a broken one cannot be saved; staff find a
 * failed SMS in the delivery log, masked, and resend it.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationConsoleBrowserIT extends NotificationDeployments {

  private static WebElement visible(Browser browser, By element) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  @Test
  void anEditorPreviewsATemplateAndLearnsWhyABrokenOneIsRefused() {
    try (Browser browser = new Browser()) {
      browser.logInAsAdmin(
          "/zhaokao/console/notifications/templates.xhtml?event=admission.published");
      WebElement body = visible(browser, By.id("template-form:body"));
      assertTrue(body.getAttribute("value").contains("${name}"), body.getAttribute("value"));
      browser.driver().findElement(By.id("template-form:preview")).click();
      WebElement preview = visible(browser, By.id("template-form:preview-panel"));
      assertTrue(preview.getText().contains("张三"), preview.getText());
      browser.screenshot("notification-template-preview-zh");

      WebElement editable = browser.driver().findElement(By.id("template-form:body"));
      editable.clear();
      editable.sendKeys("${name}，您的成绩是${score}");
      browser.driver().findElement(By.id("template-form:save")).click();
      WebElement messages =
          visible(browser, By.cssSelector("#template-form\\:messages .ui-messages-error"));
      assertTrue(
          messages.getText().contains("正文中的占位符 ${score} 不存在：事件 admission.published 只提供"),
          messages.getText());
      browser.screenshot("notification-template-refused-zh");
    }
  }

  @Test
  void staffFindAFailedSmsMaskedAndResendIt() {
    String id = unique();
    String number = mobile();
    // No SMS gateway is configured on the test server: the SMS fails for good and waits for staff.
    send(
        request(
            "notify-probe.result",
            "console:" + id,
            null,
            Map.of("name", "赵六", "score", "75"),
            new String[] {null, null, number}),
        false);
    awaitDelivery("console:" + id, "SMS", "FAILED");
    try (Browser browser = new Browser()) {
      browser.logInAsAdmin("/zhaokao/console/notifications/deliveries.xhtml");
      WebElement address = visible(browser, By.id("deliveries-form:address"));
      address.sendKeys(number);
      WebElement unfiltered = browser.driver().findElement(By.id("deliveries-form:deliveries"));
      browser.driver().findElement(By.id("deliveries-form:search")).click();
      browser.waiting().until(ExpectedConditions.stalenessOf(unfiltered));
      String masked = number.substring(0, 3) + "****" + number.substring(7);
      WebElement row = visible(browser, By.xpath("//tr[.//td[contains(., '" + masked + "')]]"));
      assertEquals(
          "FAILED", row.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
      assertTrue(row.getText().contains("zhaokao.notification.sms.provider"), row.getText());
      browser.screenshot("notification-deliveries-failed-zh");
      row.findElement(By.tagName("button")).click();
      WebElement info =
          visible(browser, By.cssSelector("#deliveries-form\\:messages .ui-messages-info"));
      assertTrue(info.getText().contains("已重新排队发送"), info.getText());
    }
  }
}
