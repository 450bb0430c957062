package org.zhaokao.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.application.SecondFactor;
import org.zhaokao.ui.documents.QrCode;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The second step of a staff login (双因素认证): the code from the authenticator app, or at the first
 * login the QR code to enrol it, followed by the recovery codes shown this one time.
 */
@Named
@RequestScoped
public class SecondFactorPage {

  @Inject private Login login;

  private String code;
  private String next;
  private List<String> recoveryCodes = List.of();
  private Optional<SecondFactor.Enrolment> enrolment;

  public void submit() throws IOException {
    try {
      Login.Result result = login.secondStep(code);
      if (result.recoveryCodes().isEmpty()) {
        LoginPage.redirect(LoginPage.target(next, result.principal()));
      } else {
        recoveryCodes = result.recoveryCodes();
      }
    } catch (Login.Failed e) {
      PageMessages.error(null, "login.failed." + e.reason().name(), "");
    } finally {
      code = null;
    }
  }

  private Optional<SecondFactor.Enrolment> enrolment() {
    if (enrolment == null) {
      enrolment = login.pendingEnrolment();
    }
    return enrolment;
  }

  public boolean isEnrolling() {
    return enrolment().isPresent();
  }

  public String getSecret() {
    return enrolment().map(SecondFactor.Enrolment::secret).orElse("");
  }

  public String getQrCode() {
    return enrolment().map(e -> QrCode.svgDataUri(e.uri())).orElse("");
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getContinueTo() {
    return login.current().map(p -> LoginPage.target(next, p)).orElse("/zhaokao/");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
