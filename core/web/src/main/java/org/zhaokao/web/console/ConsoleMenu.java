package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import org.zhaokao.pipeline.application.registry.ScreenView;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.StageView;
import org.zhaokao.plugins.api.StageStatus;

/**
 * The staff console's side menu (the ui-kit console layout reads {@code zkConsoleMenu.model}): the
 * core's own screens, then one group per active stage plugin with the screens it contributes.
 */
@Named("zkConsoleMenu")
@RequestScoped
public class ConsoleMenu {

  @EJB private StageCatalog catalog;

  private MenuModel model;

  public MenuModel getModel() {
    if (model == null) {
      model = build();
    }
    return model;
  }

  private static DefaultSubMenu notifications(ResourceBundle msg, String context) {
    DefaultSubMenu group =
        DefaultSubMenu.builder().label(msg.getString("console.menu.notifications")).build();
    group
        .getElements()
        .add(
            DefaultMenuItem.builder()
                .id("menu-templates")
                .value(msg.getString("console.menu.templates"))
                .url(context + "/console/notifications/templates.xhtml")
                .icon("pi pi-file-edit")
                .build());
    group
        .getElements()
        .add(
            DefaultMenuItem.builder()
                .id("menu-deliveries")
                .value(msg.getString("console.menu.deliveries"))
                .url(context + "/console/notifications/deliveries.xhtml")
                .icon("pi pi-send")
                .build());
    return group;
  }

  private MenuModel build() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String context = faces.getExternalContext().getRequestContextPath();
    DefaultMenuModel menu = new DefaultMenuModel();
    DefaultSubMenu core =
        DefaultSubMenu.builder().label(msg.getString("console.menu.platform")).build();
    core.getElements()
        .add(
            DefaultMenuItem.builder()
                .id("menu-stages")
                .value(msg.getString("console.menu.stages"))
                .url(context + "/console/index.xhtml")
                .icon("pi pi-sitemap")
                .build());
    core.getElements()
        .add(
            DefaultMenuItem.builder()
                .id("menu-audit")
                .value(msg.getString("console.menu.audit"))
                .url(context + "/console/audit/events.xhtml")
                .icon("pi pi-list")
                .build());
    core.getElements()
        .add(
            DefaultMenuItem.builder()
                .id("menu-audit-verify")
                .value(msg.getString("console.menu.auditVerify"))
                .url(context + "/console/audit/verification.xhtml")
                .icon("pi pi-shield")
                .build());
    menu.getElements().add(core);
    menu.getElements().add(notifications(msg, context));
    for (StageView stage : catalog.stages()) {
      if (stage.status() != StageStatus.ACTIVE || stage.screens().isEmpty()) {
        continue;
      }
      DefaultSubMenu group = DefaultSubMenu.builder().label(stage.name().in(locale)).build();
      for (ScreenView screen : stage.screens()) {
        group
            .getElements()
            .add(
                DefaultMenuItem.builder()
                    .value(screen.label().in(locale))
                    .url(screen.href())
                    .build());
      }
      menu.getElements().add(group);
    }
    return menu;
  }
}
