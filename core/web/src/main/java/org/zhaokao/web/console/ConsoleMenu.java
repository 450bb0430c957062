package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import org.zhaokao.pipeline.application.registry.ScreenView;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.StageView;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.security.web.ScopedPermissions;

/**
 * The staff console's side menu (the ui-kit console layout reads {@code zkConsoleMenu.model}): the
 * core's screens, then one group per active stage plugin with the screens it contributes — each
 * entry shown only to those holding its permission.
 */
@Named("zkConsoleMenu")
@RequestScoped
public class ConsoleMenu {

  /** A core screen: message key of its label, path in the core WAR, icon, permission needed. */
  private record Entry(String id, String labelKey, String path, String icon, String permission) {}

  /** A group of core screens under a heading. */
  private record Group(String labelKey, List<Entry> entries) {}

  private static final List<Group> CORE =
      List.of(
          new Group(
              "console.menu.recruiting",
              List.of(
                  new Entry(
                      "menu-recruitments",
                      "console.menu.recruitments",
                      "/console/recruitments/index.xhtml",
                      "pi pi-megaphone",
                      "recruitment:view"),
                  new Entry(
                      "menu-pipeline",
                      "console.menu.pipeline",
                      "/console/pipeline/index.xhtml",
                      "pi pi-chart-bar",
                      "pipeline:view"),
                  new Entry(
                      "menu-statistics",
                      "console.menu.statistics",
                      "/console/statistics/index.xhtml",
                      "pi pi-chart-line",
                      "statistics:view"))),
          new Group(
              "console.menu.content",
              List.of(
                  new Entry(
                      "menu-content",
                      "console.menu.contentPages",
                      "/console/content/index.xhtml",
                      "pi pi-book",
                      "content:edit"),
                  new Entry(
                      "menu-complaints",
                      "console.menu.complaints",
                      "/console/complaints/index.xhtml",
                      "pi pi-inbox",
                      "complaint:view"),
                  new Entry(
                      "menu-surveys",
                      "console.menu.surveys",
                      "/console/surveys/index.xhtml",
                      "pi pi-star",
                      "survey:view"),
                  new Entry(
                      "menu-feedback",
                      "console.menu.feedback",
                      "/console/feedback.xhtml",
                      "pi pi-comments",
                      "complaint:view"),
                  new Entry(
                      "menu-settings",
                      "console.menu.settings",
                      "/console/settings.xhtml",
                      "pi pi-cog",
                      "settings:manage"))),
          new Group(
              "console.menu.platform",
              List.of(
                  new Entry(
                      "menu-stages",
                      "console.menu.stages",
                      "/console/index.xhtml",
                      "pi pi-sitemap",
                      "console:view"),
                  new Entry(
                      "menu-accounts",
                      "console.menu.accounts",
                      "/console/accounts.xhtml",
                      "pi pi-users",
                      "account:manage"),
                  new Entry(
                      "menu-roles",
                      "console.menu.roles",
                      "/console/roles.xhtml",
                      "pi pi-key",
                      "role:manage"),
                  new Entry(
                      "menu-identity-requests",
                      "console.menu.identityRequests",
                      "/console/identity-requests.xhtml",
                      "pi pi-id-card",
                      "identity:review"),
                  new Entry(
                      "menu-identity-claims",
                      "console.menu.identityClaims",
                      "/console/identity-claims.xhtml",
                      "pi pi-shield",
                      "identity:review"),
                  new Entry(
                      "menu-sessions",
                      "console.menu.sessions",
                      "/console/sessions.xhtml",
                      "pi pi-desktop",
                      "account:manage"),
                  new Entry(
                      "menu-audit",
                      "console.menu.audit",
                      "/console/audit/events.xhtml",
                      "pi pi-list",
                      "audit:view"),
                  new Entry(
                      "menu-audit-verify",
                      "console.menu.auditVerify",
                      "/console/audit/verification.xhtml",
                      "pi pi-shield",
                      "audit:view"))),
          new Group(
              "console.menu.notifications",
              List.of(
                  new Entry(
                      "menu-templates",
                      "console.menu.templates",
                      "/console/notifications/templates.xhtml",
                      "pi pi-file-edit",
                      "notification:manage"),
                  new Entry(
                      "menu-deliveries",
                      "console.menu.deliveries",
                      "/console/notifications/deliveries.xhtml",
                      "pi pi-send",
                      "notification:manage"))));

  @EJB private StageCatalog catalog;

  private MenuModel model;

  public MenuModel getModel() {
    if (model == null) {
      model = build();
    }
    return model;
  }

  private MenuModel build() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String context = faces.getExternalContext().getRequestContextPath();
    Subject subject = SecurityUtils.getSubject();
    DefaultMenuModel menu = new DefaultMenuModel();
    for (Group g : CORE) {
      DefaultSubMenu group = DefaultSubMenu.builder().label(msg.getString(g.labelKey())).build();
      for (Entry e : g.entries()) {
        if (ScopedPermissions.heldAnywhere(subject, e.permission())) {
          group
              .getElements()
              .add(
                  DefaultMenuItem.builder()
                      .id(e.id())
                      .value(msg.getString(e.labelKey()))
                      .url(context + e.path())
                      .icon(e.icon())
                      .build());
        }
      }
      if (!group.getElements().isEmpty()) {
        menu.getElements().add(group);
      }
    }
    for (StageView stage : catalog.stages()) {
      if (stage.status() != StageStatus.ACTIVE) {
        continue;
      }
      DefaultSubMenu group = DefaultSubMenu.builder().label(stage.name().in(locale)).build();
      for (ScreenView screen : stage.screens()) {
        if (!screen.forCandidates()
            && (screen.requiredPermission().isEmpty()
                || subject.isPermitted(screen.requiredPermission()))) {
          group
              .getElements()
              .add(
                  DefaultMenuItem.builder()
                      .value(screen.label().in(locale))
                      .url(screen.href())
                      .build());
        }
      }
      if (!group.getElements().isEmpty()) {
        menu.getElements().add(group);
      }
    }
    return menu;
  }
}
