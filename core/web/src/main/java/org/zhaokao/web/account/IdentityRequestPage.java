package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zhaokao.identity.application.IdentityChangeView;
import org.zhaokao.identity.application.IdentityChanges;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/** The account page's request to change the real name or ID number, with evidence (P5). */
@Named
@RequestScoped
public class IdentityRequestPage {

  static final String FORM = "identity-request";

  @EJB private IdentityChanges changes;
  @Inject private Login login;

  private List<IdentityChangeView> mine;
  private String newName;
  private String newIdNumber;
  private transient UploadedFile evidence;

  public List<IdentityChangeView> getMine() {
    if (mine == null) {
      mine = changes.mine(login.actor());
    }
    return mine;
  }

  public void file() {
    try {
      changes.file(
          login.actor(),
          newName,
          newIdNumber,
          evidence == null ? null : evidence.getFileName(),
          evidence == null ? null : evidence.getContent());
      PageMessages.info("identityRequest.filed");
      mine = null;
      newName = null;
      newIdNumber = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewIdNumber() {
    return newIdNumber;
  }

  public void setNewIdNumber(String newIdNumber) {
    this.newIdNumber = newIdNumber;
  }

  public UploadedFile getEvidence() {
    return evidence;
  }

  public void setEvidence(UploadedFile evidence) {
    this.evidence = evidence;
  }
}
