package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.zhaokao.identity.application.ClaimForm;
import org.zhaokao.identity.application.IdentityClaimView;
import org.zhaokao.identity.application.IdentityClaiming;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The claim page (身份证号认领): a person whose ID number someone else registered asks, without an
 * account, for it to be moved to one of their own, with a photo of the ID card.
 */
@Named
@RequestScoped
public class ClaimPage extends PersonFormFields {

  static final String FORM = "claim";

  @EJB private IdentityClaiming claiming;
  @Inject private Login login;

  private String statement;
  private transient UploadedFile evidence;
  private Long filed;

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
                  FacesContext.getCurrentInstance().getViewRoot().getLocale()));
      filed = receipt.id();
      PageMessages.info("claim.filed", receipt.id());
      clearPerson();
      statement = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    } finally {
      forgetPasswords();
    }
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

  public UploadedFile getEvidence() {
    return evidence;
  }

  public void setEvidence(UploadedFile evidence) {
    this.evidence = evidence;
  }
}
