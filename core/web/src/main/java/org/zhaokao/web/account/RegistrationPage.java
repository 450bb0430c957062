package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.zhaokao.identity.application.CandidateRegistration;
import org.zhaokao.identity.application.RegistrationForm;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The registration page (考生注册); registers, logs the new candidate in and opens their account page.
 */
@Named
@RequestScoped
public class RegistrationPage extends PersonFormFields {

  static final String FORM = "register";

  @EJB private CandidateRegistration registration;
  @Inject private Login login;

  private boolean claimable;

  public void register() throws IOException {
    if (!passwordsMatch(FORM)) {
      return;
    }
    try {
      registration.register(
          new RegistrationForm(
              getRealName(), getIdNumber(), getMobile(), getEmail(), getPassword()));
      login.login(getMobile(), getPassword());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/account/index.xhtml?welcome=1");
    } catch (InvalidInputException e) {
      PageMessages.fieldProblems(FORM, e);
    } catch (ConflictException e) {
      PageMessages.error(null, "conflict." + e.code());
      // The number is someone else's account: its owner claims it on the claim page.
      claimable = "id-number-registered".equals(e.code());
    } finally {
      forgetPasswords();
    }
  }

  /**
   * Whether the last attempt was refused because the ID number is registered: show the claim link.
   */
  public boolean isClaimable() {
    return claimable;
  }
}
