package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.zhaokao.identity.application.AccountDeletion;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.security.SessionAdministration;

/** The account page's deletion: what holds the account, or a password-confirmed delete. */
@Named
@RequestScoped
public class AccountDeletionPage {

  @EJB private AccountDeletion deletion;
  @Inject private Login login;
  @Inject private SessionAdministration sessions;

  private AccountDeletion.Assessment assessment;
  private String password;

  public AccountDeletion.Assessment getAssessment() {
    if (assessment == null) {
      assessment = deletion.assess(login.actor());
    }
    return assessment;
  }

  public void delete() throws IOException {
    try {
      Actor actor = login.actor();
      deletion.delete(actor, password);
      sessions.endAll(actor.accountId());
      login.logout();
      FacesContext faces = FacesContext.getCurrentInstance();
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml?deleted=1");
    } catch (RuntimeException e) {
      Problems.show("deletion", e);
    } finally {
      password = null;
    }
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
