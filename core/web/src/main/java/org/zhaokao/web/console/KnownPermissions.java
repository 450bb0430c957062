package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;
import org.zhaokao.identity.application.AccessRights;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.StageView;

/**
 * Every permission a role may grant: those the core's modules seed into the built-in roles (each
 * module adds its own with its migrations) and those every active stage plugin declares.
 */
@ApplicationScoped
public class KnownPermissions {

  @EJB private AccessRights rights;
  @EJB private StageCatalog stages;

  public Set<String> all() {
    Set<String> all = new TreeSet<>(rights.seededPermissions());
    for (StageView stage : stages.stages()) {
      all.addAll(stage.permissions());
    }
    return all;
  }
}
