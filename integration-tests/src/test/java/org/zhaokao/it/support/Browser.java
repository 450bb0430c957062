package org.zhaokao.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: no browser or driver is downloaded.
 * Screenshots go to {@code target/browser/} as build artefacts.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM =
      System.getProperty("zhaokao.it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("zhaokao.it.chromedriver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;

  public Browser() {
    this(false);
  }

  /**
   * A browser; with {@code fakeMedia} it has a fake camera and microphone, allowed without asking
   * (for pages that use them, like the exam's device check).
   */
  public Browser(boolean fakeMedia) {
    ChromeOptions options = new ChromeOptions();
    if (fakeMedia) {
      options.addArguments(
          "--use-fake-ui-for-media-stream",
          "--use-fake-device-for-media-stream",
          "--autoplay-policy=no-user-gesture-required");
    }
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens a path of the test server. */
  public void open(String path) {
    driver.get(Http.base() + path);
  }

  /**
   * Logs the demo administrator in through the login page (password, then the authenticator code);
   * the browser ends on {@code next} (a path inside /zhaokao).
   */
  public void logInAsAdmin(String next) {
    open("/zhaokao/login.xhtml?lang=zh-CN&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
    driver.findElement(By.id("login:loginId")).sendKeys(People.ADMIN);
    driver
        .findElement(By.cssSelector("#login input[type=password]"))
        .sendKeys(People.ADMIN_PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mfa:code")));
    driver.findElement(By.id("mfa:code")).sendKeys(Authenticator.nextAdminCode());
    driver.findElement(By.id("mfa:submit")).click();
    waiting().until(ExpectedConditions.urlContains(next.replaceAll("\\?.*", "")));
  }

  /**
   * The text input of a p:password: PrimeFaces renders it as the input itself or inside a wrapper,
   * depending on its options.
   */
  public WebElement passwordInput(String id) {
    List<WebElement> direct = driver.findElements(By.cssSelector("input[id='" + id + "']"));
    return direct.isEmpty()
        ? driver.findElement(By.cssSelector("[id='" + id + "'] input"))
        : direct.get(0);
  }

  /**
   * Continues a session logged in through the API (e.g. a {@link Staff} member with an enrolled
   * authenticator) in this browser: its session cookie is set on the path the server gives it
   * ({@code /}, so that the stage WARs see it too), then {@code path} is opened.
   */
  public void join(Browsing session, String path) {
    open("/zhaokao/login.xhtml");
    driver.manage().addCookie(new Cookie("ZKSESSION", session.sessionId().orElseThrow(), "/"));
    open(path);
  }

  /**
   * Picks the item with this label in a p:selectOneMenu. The menu is centred first: were the open
   * panel to reach past the window, the scroll that brings the item into view would close it
   * (PrimeFaces hides overlays on scroll); a click that missed, a panel that did not open, or an
   * item clicked while its panel was still sliding into place under another element, is tried
   * again.
   */
  public void choose(String id, String label) {
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    By shown = By.cssSelector("[id='" + id + "_label']");
    for (int attempt = 1; ; attempt++) {
      WebElement menu = driver.findElement(By.id(id));
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
      menu.click();
      try {
        // A click right after another overlay closed (a date picker left with Escape) can be
        // swallowed: the panel never opens, and the next attempt clicks the menu again.
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.elementToBeClickable(item))
            .click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.textToBe(shown, label));
        return;
      } catch (TimeoutException | ElementClickInterceptedException e) {
        if (attempt == 3) {
          throw e;
        }
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      }
    }
  }

  /** Saves a screenshot as {@code target/browser/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("zhaokao.it.artifacts", "target/browser"));
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
