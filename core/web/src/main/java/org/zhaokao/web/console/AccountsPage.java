package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.application.MemberAdministration;
import org.zhaokao.identity.application.MemberView;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.security.SessionAdministration;
import org.zhaokao.web.support.PageMessages;

/**
 * 账号管理: staff and employer accounts — create, review (another administrator), disable, grant roles.
 */
@Named
@RequestScoped
public class AccountsPage {

  @EJB private MemberAdministration members;
  @Inject private SessionAdministration sessions;
  @Inject private Login login;

  private List<MemberView> rows;
  private String kind = "STAFF";
  private String username;
  private String displayName;
  private String initialPassword;
  private String role;
  private String scopeType = "GLOBAL";
  private String scopeId;
  private long target;

  public List<MemberView> getRows() {
    if (rows == null) {
      rows = members.list(login.actor(), Optional.empty(), 0, 200);
    }
    return rows;
  }

  public void create() {
    run(
        () -> members.create(login.actor(), kind, username, displayName, initialPassword),
        "accounts.created");
    initialPassword = null;
  }

  public void approve(long id) {
    run(() -> members.review(login.actor(), id, true, null), "accounts.approved");
  }

  public void reject(long id) {
    run(() -> members.review(login.actor(), id, false, null), "accounts.rejected");
  }

  public void disable(long id) {
    run(
        () -> {
          members.disable(login.actor(), id, null);
          sessions.endAll(id);
        },
        "accounts.disabled");
  }

  public void enable(long id) {
    run(() -> members.enable(login.actor(), id), "accounts.enabled");
  }

  public void grant() {
    run(() -> members.grant(login.actor(), target, role, scopeType, scopeId), "accounts.granted");
  }

  private void run(Runnable action, String doneKey) {
    try {
      action.run();
      PageMessages.info(doneKey);
      rows = null;
    } catch (InvalidInputException e) {
      PageMessages.problems(e);
    } catch (ConflictException e) {
      PageMessages.error(null, "conflict." + e.code());
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getScopeType() {
    return scopeType;
  }

  public void setScopeType(String scopeType) {
    this.scopeType = scopeType;
  }

  public String getScopeId() {
    return scopeId;
  }

  public void setScopeId(String scopeId) {
    this.scopeId = scopeId;
  }

  public long getTarget() {
    return target;
  }

  public void setTarget(long target) {
    this.target = target;
  }
}
