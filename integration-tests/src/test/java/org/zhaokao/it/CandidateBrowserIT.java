package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;

/**
 * A candidate registers on the portal, sees their masked data, changes the password, logs out, logs
 * in.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidateBrowserIT extends CoreDeployments {

  @Test
  void registerLookAtTheAccountChangeThePasswordLogOutAndBackIn() {
    Person p = People.fresh();
    try (Browser browser = new Browser()) {
      WebDriver d = browser.driver();
      browser.open("/zhaokao/?lang=zh-CN");
      d.findElement(By.id("nav-register")).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("register:realName")));
      // First with a wrong check digit: the page says which field is wrong and keeps the rest.
      fill(
          browser,
          p.name(),
          p.idNumber().substring(0, 17) + (p.idNumber().endsWith("1") ? "2" : "1"),
          p);
      d.findElement(By.id("register:submit")).click();
      WebElement idError =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("[id='register:idNumber'] ~ .ui-message")));
      assertTrue(idError.getText().contains("校验位"), idError.getText());
      browser.screenshot("register-error-zh");

      fill(browser, p.name(), p.idNumber(), p);
      d.findElement(By.id("register:submit")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
      String page = d.findElement(By.tagName("main")).getText();
      assertTrue(page.contains(p.idNumber().substring(0, 6) + "********"), page);
      assertFalse(page.contains(p.idNumber()), "the page never shows the full ID number");
      assertTrue(d.findElement(By.id("nav-account")).getText().contains("李*"));
      browser.screenshot("account-zh");

      String newPassword = "白日依山尽-黄河入海流";
      browser.passwordInput("password:currentPassword").sendKeys(p.password());
      browser.passwordInput("password:newPassword").sendKeys(newPassword);
      browser.passwordInput("password:newPasswordAgain").sendKeys(newPassword);
      d.findElement(By.id("password:submit")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("password:messages"), "密码已修改"));

      d.findElement(By.id("nav-logout")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
      d.findElement(By.id("nav-login")).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
      d.findElement(By.id("login:loginId")).sendKeys(p.email());
      browser.passwordInput("login:password").sendKeys(newPassword);
      d.findElement(By.id("login:submit")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("idNumber")));
      browser.screenshot("logged-in-again-zh");
    }
  }

  private static void fill(Browser browser, String name, String idNumber, Person p) {
    WebDriver d = browser.driver();
    for (String field : List.of("realName", "idNumber", "mobile", "email")) {
      d.findElement(By.id("register:" + field)).clear();
    }
    d.findElement(By.id("register:realName")).sendKeys(name);
    d.findElement(By.id("register:idNumber")).sendKeys(idNumber);
    d.findElement(By.id("register:mobile")).sendKeys(p.mobile());
    d.findElement(By.id("register:email")).sendKeys(p.email());
    browser.passwordInput("register:password").sendKeys(p.password());
    browser.passwordInput("register:passwordAgain").sendKeys(p.password());
  }
}
