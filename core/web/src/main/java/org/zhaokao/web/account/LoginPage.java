package org.zhaokao.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/** The login page (登录): candidates with ID number, mobile or email; staff with their username. */
@Named
@RequestScoped
public class LoginPage {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private Login login;

  private String loginId;
  private String password;
  private String next;

  public void login() throws IOException {
    try {
      Login.Step step = login.login(loginId, password);
      if (step.done().isPresent()) {
        redirect(target(next, step.done().get().principal()));
      } else {
        redirectHere(
            "/second-factor.xhtml"
                + (next == null
                    ? ""
                    : "?next="
                        + java.net.URLEncoder.encode(
                            next, java.nio.charset.StandardCharsets.UTF_8)));
      }
    } catch (Login.Failed e) {
      String until =
          e.lockedUntil()
              .map(t -> CLOCK.format(t.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))))
              .orElse("");
      PageMessages.error(null, "login.failed." + e.reason().name(), until);
    } finally {
      password = null;
    }
  }

  /**
   * Where to go after logging in: {@code next} when it is a path of the core or a stage WAR on this
   * server ({@code /zhaokao/...}, {@code /zhaokao-interview/...}); anything else (another site, a
   * protocol-relative URL) would be an open redirect, so the person's home page is used instead.
   */
  static String target(String next, AccountPrincipal who) {
    if (next != null
        && next.matches("/zhaokao(-[a-z0-9-]+)?/[^\\\\]*")
        && !next.contains("//")
        && !next.contains("/..")) {
      return next;
    }
    return who.candidate() ? "/zhaokao/account/index.xhtml" : "/zhaokao/console/index.xhtml";
  }

  /** Redirects to a server path (not relative to this WAR: the target may be a stage WAR). */
  static void redirect(String serverPath) throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(serverPath);
  }

  /** Redirects to a path of this WAR. */
  static void redirectHere(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
