package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.zhaokao.identity.application.RoleAdministration;
import org.zhaokao.identity.domain.role.RoleDefinition;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * 角色与权限: roles and a permission picker listing the core's and every installed plugin's permissions.
 */
@Named
@ViewScoped
public class RolesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient RoleAdministration roles;
  @Inject private transient KnownPermissions known;
  @Inject private transient Login login;

  private String selected;
  private List<String> picked = new ArrayList<>();
  private String code;
  private String nameZh;
  private String nameEn;

  public List<RoleDefinition> getRoles() {
    return roles.roles(login.actor());
  }

  public List<String> getAllPermissions() {
    return new ArrayList<>(known.all());
  }

  /** Opens a role in the picker. */
  public void edit(String roleCode) {
    selected = roleCode;
    picked =
        getRoles().stream()
            .filter(r -> r.code().equals(roleCode))
            .findFirst()
            .map(r -> new ArrayList<>(r.permissions()))
            .orElseGet(ArrayList::new);
  }

  public void save() {
    try {
      roles.setPermissions(login.actor(), selected, new HashSet<>(picked), known.all());
      PageMessages.info("roles.saved");
    } catch (InvalidInputException e) {
      PageMessages.problems(e);
    }
  }

  public void create() {
    try {
      roles.create(login.actor(), code, nameZh, nameEn);
      PageMessages.info("roles.created");
      edit(code);
    } catch (InvalidInputException e) {
      PageMessages.problems(e);
    } catch (ConflictException e) {
      PageMessages.error(null, "conflict." + e.code());
    }
  }

  public String getSelected() {
    return selected;
  }

  public List<String> getPicked() {
    return picked;
  }

  public void setPicked(List<String> picked) {
    this.picked = picked;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
