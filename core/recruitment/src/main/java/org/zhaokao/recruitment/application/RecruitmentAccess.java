package org.zhaokao.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/** Finds a recruitment for an actor at the object level: viewable, or editable. */
@ApplicationScoped
public class RecruitmentAccess {

  static final String VIEW = "recruitment:view";
  static final String EDIT = "recruitment:edit";

  @Inject private Recruitments recruitments;
  @Inject private Guard guard;

  /** The recruitment if the actor may view it; 404 otherwise, so ids of others stay unknown. */
  public Recruitment visibleTo(Actor actor, long id) {
    return recruitments
        .find(id)
        .filter(r -> Guard.mayOn(actor, VIEW, r.employerId(), r.id()))
        .orElseThrow(() -> new RecordNotFoundException("recruitment", id));
  }

  /** The recruitment if the actor may edit it and it is still editable. */
  public Recruitment editable(Actor actor, long id) {
    Recruitment r = visibleTo(actor, id);
    guard.require(actor, Guard.onEmployer(EDIT, r.employerId()), "recruitment", String.valueOf(id));
    r.requireEditable();
    return r;
  }
}
