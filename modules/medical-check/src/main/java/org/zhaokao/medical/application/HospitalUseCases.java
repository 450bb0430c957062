package org.zhaokao.medical.application;

import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.MANAGE;
import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.REVIEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.medical.domain.hospital.Hospitals;
import org.zhaokao.plugins.api.security.Actor;

/** The hospitals list (体检医院) staff keep. */
@ApplicationScoped
public class HospitalUseCases {

  @Inject private StageContext stage;
  @Inject private Hospitals hospitals;

  /** A hospital as staff enter it. */
  public record Form(String name, String address, String phone, String codeFormat) {}

  @Transactional
  public List<Hospital> list(Actor actor) {
    stage.require(actor, MANAGE, REVIEW);
    return hospitals.all();
  }

  /**
   * @throws StageProblem 422 for a missing or malformed field, 409 for a name already listed
   */
  @Transactional
  public Hospital add(Actor actor, Form form) {
    stage.require(actor, MANAGE);
    Hospital h;
    try {
      h = new Hospital(form.name(), form.address(), form.phone(), form.codeFormat());
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    if (hospitals.byName(h.name()).isPresent()) {
      throw StageProblem.conflict("a hospital named " + h.name() + " is already listed");
    }
    hospitals.add(h);
    stage.audit(actor, "hospital.added", "medical-check-hospital", h.name(), "name", h.name());
    return h;
  }

  /**
   * @throws StageProblem 404 for an unknown hospital, 422 for a bad field, 409 for a taken name
   */
  @Transactional
  public Hospital change(Actor actor, long id, Form form) {
    stage.require(actor, MANAGE);
    Hospital h = hospitals.byId(id).orElseThrow(() -> StageProblem.notFound("no hospital " + id));
    hospitals
        .byName(form.name())
        .filter(other -> !other.id().equals(h.id()))
        .ifPresent(
            other -> {
              throw StageProblem.conflict(
                  "a hospital named " + other.name() + " is already listed");
            });
    try {
      h.change(form.name(), form.address(), form.phone(), form.codeFormat());
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    stage.audit(actor, "hospital.changed", "medical-check-hospital", id, "name", h.name());
    return h;
  }
}
