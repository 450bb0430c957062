package org.zhaokao.web.account;

import org.zhaokao.web.support.PageMessages;

/**
 * The fields a person fills in to get an account of their own — on the registration page and on the
 * claim page (身份证号认领): real name, ID number, mobile, e-mail and the password typed twice. The
 * passwords are never kept past the request that carried them.
 */
public abstract class PersonFormFields {

  private String realName;
  private String idNumber;
  private String mobile;
  private String email;
  private String password;
  private String passwordAgain;

  /**
   * Whether the password was typed the same twice; if not, says so on the form's second password
   * field and forgets both.
   */
  protected boolean passwordsMatch(String form) {
    if (password == null || !password.equals(passwordAgain)) {
      PageMessages.error(form + ":passwordAgain", "validation.passwordAgain");
      forgetPasswords();
      return false;
    }
    return true;
  }

  protected void forgetPasswords() {
    password = null;
    passwordAgain = null;
  }

  /** Empties the person's fields once what they were for is done. */
  protected void clearPerson() {
    realName = null;
    idNumber = null;
    mobile = null;
    email = null;
  }

  public String getRealName() {
    return realName;
  }

  public void setRealName(String realName) {
    this.realName = realName;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}
