package org.zhaokao.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.plugins.api.StageStatus;

/**
 * The candidates' pages of the active stage plugins ("my interview", "my medical check"), linked
 * from the candidate's account page in the portal's language.
 */
@Named
@RequestScoped
public class StagePages {

  /** One link: its label in the page's language and where it goes. */
  public record Link(String label, String href) {}

  @EJB private StageCatalog catalog;

  private List<Link> links;

  public List<Link> getLinks() {
    if (links == null) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      links =
          catalog.stages().stream()
              .filter(stage -> stage.status() == StageStatus.ACTIVE)
              .flatMap(stage -> stage.screens().stream())
              .filter(screen -> screen.forCandidates())
              .map(screen -> new Link(screen.label().in(locale), screen.href()))
              .toList();
    }
    return links;
  }
}
