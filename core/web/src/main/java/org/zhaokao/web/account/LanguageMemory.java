package org.zhaokao.web.account;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.identity.application.MyAccount;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.ui.LocaleViewHandler;
import org.zhaokao.web.security.Login;

/**
 * When a signed-in person switches the site's language ({@code ?lang=}), their account keeps it:
 * notifications are then written in that language.
 */
public class LanguageMemory implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LanguageMemory.class.getName());

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    String asked =
        event
            .getFacesContext()
            .getExternalContext()
            .getRequestParameterMap()
            .get(LocaleViewHandler.PARAMETER);
    if (asked == null || SupportedLocales.match(asked).isEmpty()) {
      return;
    }
    Optional<AccountPrincipal> who = CDI.current().select(Login.class).get().current();
    if (who.isEmpty()) {
      return;
    }
    try {
      CDI.current().select(MyAccount.class).get().changeLanguage(who.get().accountId(), asked);
    } catch (RuntimeException e) {
      // The page still shows in the chosen language; only the remembered choice is missing.
      LOG.log(
          Level.WARNING, "could not remember the language of account " + who.get().accountId(), e);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // nothing after
  }
}
