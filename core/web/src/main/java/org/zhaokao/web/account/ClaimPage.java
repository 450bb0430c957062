package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;
import org.zhaokao.identity.application.ClaimForm;
import org.zhaokao.identity.application.IdentityClaimView;
import org.zhaokao.identity.application.IdentityClaiming;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The claim page (身份证号认领): a person whose ID number someone else registered asks, without an
 * account, for it to be moved to one of their own, with a photo of the ID card and a code sent by
 * SMS to their mobile number.
 */
@Named
@RequestScoped
public class ClaimPage {

  static final String FORM = "claim";

  @EJB private IdentityClaiming claiming;
  @Inject private Login login;

  private String realName;
  private String idNumber;
  private String mobile;
  private String email;
  private String statement;
  private String password;
  private String passwordAgain;
  private String code;
  private transient UploadedFile evidence;
  private Long filed;

  /** Sends the SMS code to the mobile number typed so far; the rest of the form stays as typed. */
  public void sendCode() {
    try {
      claiming.sendCode(login.actor(), mobile, locale());
      PageMessages.info("claim.code.sent");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void file() {
    if (password == null || !password.equals(passwordAgain)) {
      PageMessages.error(FORM + ":passwordAgain", "validation.passwordAgain");
      return;
    }
    try {
      IdentityClaimView.Receipt receipt =
          claiming.file(
              login.actor(),
              new ClaimForm(
                  realName,
                  idNumber,
                  mobile,
                  email,
                  statement,
                  password,
                  evidence == null ? null : evidence.getFileName(),
                  evidence == null ? null : evidence.getContent(),
                  locale(),
                  code));
      filed = receipt.id();
      PageMessages.info("claim.filed", receipt.id());
      realName = null;
      idNumber = null;
      mobile = null;
      email = null;
      statement = null;
      code = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    } finally {
      password = null;
      passwordAgain = null;
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The number of the claim just filed, or null. */
  public Long getFiled() {
    return filed;
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

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public UploadedFile getEvidence() {
    return evidence;
  }

  public void setEvidence(UploadedFile evidence) {
    this.evidence = evidence;
  }
}
