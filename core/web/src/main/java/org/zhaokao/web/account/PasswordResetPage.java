package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import org.zhaokao.identity.application.PasswordReset;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.support.PageMessages;

/** Forgotten password (找回密码): a code to the verified mobile or e-mail, then the new password. */
@Named
@RequestScoped
public class PasswordResetPage {

  @EJB private PasswordReset reset;

  private String loginId;
  private String code;
  private String newPassword;
  private boolean codeSent;

  public void sendCode() {
    try {
      reset.request(loginId, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    } catch (ConflictException e) {
      PageMessages.error(null, "conflict." + e.code());
      return;
    }
    codeSent = true;
    PageMessages.info("reset.code.sent");
  }

  public void complete() throws IOException {
    codeSent = true;
    try {
      reset.complete(loginId, code, newPassword);
      LoginPage.redirectHere("/login.xhtml?reset=1");
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p -> PageMessages.error(null, "validation." + p.code(), p.arguments().toArray()));
    } finally {
      code = null;
      newPassword = null;
    }
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public boolean isCodeSent() {
    return codeSent;
  }
}
