package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.plugins.api.discipline.BlacklistCheck;
import org.zhaokao.plugins.api.discipline.Blacklisting;

/**
 * Asks every active stage plugin that offers {@link BlacklistCheck} (the discipline plugin) whether
 * a candidate is barred. The list lives with the discipline plugin; with none installed, nobody is.
 */
@ApplicationScoped
public class Blacklists {

  @EJB private StageCatalog catalog;

  /** The first bar any plugin reports, or empty. */
  public Optional<Blacklisting> check(long candidateId, long employerId) {
    for (BlacklistCheck check : catalog.capabilities(BlacklistCheck.class)) {
      Optional<Blacklisting> bar = check.check(candidateId, employerId);
      if (bar.isPresent()) {
        return bar;
      }
    }
    return Optional.empty();
  }
}
