package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.zhaokao.identity.application.AccountView;
import org.zhaokao.identity.application.MyAccount;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/** One's own account (我的账号): masked personal data and a password change. */
@Named
@RequestScoped
public class AccountPage {

  static final String FORM = "password";

  @EJB private MyAccount myAccount;
  @Inject private Login login;

  private AccountView account;
  private String currentPassword;
  private String newPassword;
  private String newPasswordAgain;

  public AccountView getAccount() {
    if (account == null) {
      account = myAccount.view(login.current().orElseThrow().accountId());
    }
    return account;
  }

  /**
   * Forgets the account read earlier in this request, so the page shows a change made by an action
   * of the same request (the view reads the account while it restores, before the action runs).
   */
  public void refresh() {
    account = null;
  }

  public void changePassword() {
    try {
      if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
        PageMessages.error(FORM + ":newPasswordAgain", "validation.passwordAgain");
        return;
      }
      myAccount.changePassword(
          login.current().orElseThrow().accountId(), currentPassword, newPassword);
      PageMessages.info("account.password.changed");
    } catch (InvalidInputException e) {
      PageMessages.fieldProblems(FORM, e);
    } finally {
      currentPassword = null;
      newPassword = null;
      newPasswordAgain = null;
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordAgain() {
    return newPasswordAgain;
  }

  public void setNewPasswordAgain(String newPasswordAgain) {
    this.newPasswordAgain = newPasswordAgain;
  }
}
