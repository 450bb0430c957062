package org.zhaokao.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.zhaokao.identity.application.ContactVerification;
import org.zhaokao.identity.application.MyAccount;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The contact part of the account page: prove the mobile and e-mail with codes, change them, and
 * choose the channels that receive notifications. Each form names its channel in a hidden field.
 */
@Named
@RequestScoped
public class ContactsPage {

  static final String FORM = "contacts";

  @EJB private ContactVerification contacts;
  @EJB private MyAccount myAccount;
  @Inject private Login login;
  @Inject private AccountPage accountPage;

  private String channel = "MOBILE";
  private String code;
  private String password;
  private String newValue;
  private boolean byEmail;
  private boolean bySms;

  @PostConstruct
  void load() {
    login
        .current()
        .ifPresent(
            p -> {
              var view = myAccount.view(p.accountId());
              byEmail = view.notifyByEmail();
              bySms = view.notifyBySms();
            });
  }

  public void sendCode(String which) {
    channel = which;
    run(() -> contacts.sendCode(login.actor(), channelOf(), locale()), "contacts.code.sent");
  }

  public void confirm(String which) {
    channel = which;
    run(() -> contacts.confirm(login.actor(), channelOf(), code), "contacts.verified");
    accountPage.refresh();
  }

  public void startChange() {
    run(
        () -> contacts.startChange(login.actor(), channelOf(), password, newValue, locale()),
        "contacts.change.sent");
  }

  public void confirmChange() {
    run(() -> contacts.confirmChange(login.actor(), channelOf(), code), "contacts.changed");
    accountPage.refresh();
  }

  public void savePreferences() {
    run(() -> contacts.preferences(login.actor(), byEmail, bySms), "contacts.preferences.saved");
  }

  private void run(Runnable action, String doneKey) {
    try {
      action.run();
      PageMessages.info(doneKey);
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p -> PageMessages.error(null, "validation." + p.code(), p.arguments().toArray()));
    } catch (ConflictException e) {
      PageMessages.error(null, "conflict." + e.code());
    } finally {
      code = null;
      password = null;
    }
  }

  private ContactChannel channelOf() {
    return "EMAIL".equals(channel) ? ContactChannel.EMAIL : ContactChannel.MOBILE;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNewValue() {
    return newValue;
  }

  public void setNewValue(String newValue) {
    this.newValue = newValue;
  }

  public boolean isByEmail() {
    return byEmail;
  }

  public void setByEmail(boolean byEmail) {
    this.byEmail = byEmail;
  }

  public boolean isBySms() {
    return bySms;
  }

  public void setBySms(boolean bySms) {
    this.bySms = bySms;
  }
}
