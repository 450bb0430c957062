package org.zhaokao.discipline.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.zhaokao.discipline.application.Catalogue;
import org.zhaokao.discipline.application.ViolationTypeView;
import org.zhaokao.security.web.RequestActor;

/** Backs the catalogue screen: the current version of every violation type. */
@Named
@RequestScoped
public class CataloguePage {

  @Inject private Catalogue catalogue;

  public List<ViolationTypeView> getTypes() {
    return catalogue.current(
        RequestActor.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest()));
  }
}
