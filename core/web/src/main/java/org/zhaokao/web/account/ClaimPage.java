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
public class ClaimPage extends PersonFormFields {

  static final String FORM = "claim";

  @EJB private IdentityClaiming claiming;
  @Inject private Login login;

  private String statement;
  private String code;
  private transient UploadedFile evidence;
  private Long filed;

  /** Sends the SMS code to the mobile number typed so far; the rest of the form stays as typed. */
  public void sendCode() {
    try {
      claiming.sendCode(login.actor(), getMobile(), locale());
      PageMessages.info("claim.code.sent");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public void file() {
    if (!passwordsMatch(FORM)) {
      return;
    }
    try {
      IdentityClaimView.Receipt receipt =
          claiming.file(
              login.actor(),
              new ClaimForm(
                  getRealName(),
                  getIdNumber(),
                  getMobile(),
                  getEmail(),
                  statement,
                  getPassword(),
                  evidence == null ? null : evidence.getFileName(),
                  evidence == null ? null : evidence.getContent(),
                  locale(),
                  code));
      filed = receipt.id();
      PageMessages.info("claim.filed", receipt.id());
      clearPerson();
      statement = null;
      code = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    } finally {
      forgetPasswords();
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The number of the claim just filed, or null. */
  public Long getFiled() {
    return filed;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
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
