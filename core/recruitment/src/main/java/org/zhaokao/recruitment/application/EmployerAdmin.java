package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.zhaokao.identity.application.MemberAdministration;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.employer.Agreement;
import org.zhaokao.recruitment.domain.employer.Employer;
import org.zhaokao.recruitment.domain.employer.Employers;

/**
 * Staff keep the employers (招考单位): profile, contacts, service plan (R1), agreement (R2), and create
 * their users. Needs {@code employer:manage}; an employer's own users may read their employer.
 */
@Stateless
public class EmployerAdmin {

  static final String MANAGE = "employer:manage";

  @Inject private Employers employers;
  @Inject private Guard guard;
  @EJB private MemberAdministration members;

  /** Creates an employer. 422 naming every refused field, 409 when the code is taken. */
  public EmployerForm create(Actor actor, EmployerForm form) {
    guard.require(actor, MANAGE, "employer", "");
    check(form);
    if (employers.findByCode(form.code()).isPresent()) {
      throw new ConflictException(
          "employer-code-taken", "Employer code " + form.code() + " exists");
    }
    Employer employer =
        employers.add(
            new Employer(
                form.code(), profile(form), agreement(form), OffsetDateTime.now(ZoneOffset.UTC)));
    guard.record(
        guard
            .entry(actor, "employer.created")
            .target("employer", String.valueOf(employer.id()))
            .detail("code", employer.code()));
    return view(employer);
  }

  /** Replaces an employer's profile, plan and agreement (its code stays). */
  public EmployerForm update(Actor actor, long id, EmployerForm form) {
    guard.require(actor, MANAGE, "employer", String.valueOf(id));
    Employer employer =
        employers.find(id).orElseThrow(() -> new RecordNotFoundException("employer", id));
    check(
        new EmployerForm(
            null,
            employer.code(),
            form.name(),
            form.kind(),
            form.introduction(),
            form.address(),
            form.contactName(),
            form.contactPhone(),
            form.contactEmail(),
            form.services(),
            form.agreement()));
    employer.update(profile(form), agreement(form));
    guard.record(guard.entry(actor, "employer.updated").target("employer", String.valueOf(id)));
    return view(employer);
  }

  /** The employers the actor may see: all for managers, their own for employer users. */
  public List<EmployerForm> list(Actor actor) {
    return employers.all().stream()
        .filter(
            e ->
                actor.isPermitted(MANAGE)
                    || actor.isPermitted(Guard.onEmployer("recruitment:view", e.id())))
        .map(EmployerAdmin::view)
        .toList();
  }

  /** One employer; 404 when it does not exist or the actor may not see it. */
  public EmployerForm get(Actor actor, long id) {
    return employers
        .find(id)
        .filter(
            e ->
                actor.isPermitted(MANAGE)
                    || actor.isPermitted(Guard.onEmployer("recruitment:view", id)))
        .map(EmployerAdmin::view)
        .orElseThrow(() -> new RecordNotFoundException("employer", id));
  }

  /**
   * Creates a user of the employer with an initial password; an administrator reviews the account,
   * then they enrol their authenticator app at the first login, like staff.
   *
   * @return the new account's id
   */
  public long createUser(
      Actor actor, long employerId, String username, String displayName, String initialPassword) {
    guard.require(actor, MANAGE, "employer", String.valueOf(employerId));
    employers
        .find(employerId)
        .orElseThrow(() -> new RecordNotFoundException("employer", employerId));
    return members.createEmployerUser(actor, employerId, username, displayName, initialPassword);
  }

  private static void check(EmployerForm f) {
    Checks checks = new Checks();
    Forms.code(checks, "code", f.code());
    Forms.text(checks, "name", f.name(), 200);
    Forms.present(checks, "kind", f.kind());
    Forms.text(checks, "introduction", f.introduction(), 4000);
    Forms.text(checks, "address", f.address(), 300);
    Forms.text(checks, "contactName", f.contactName(), 50);
    Forms.text(checks, "contactPhone", f.contactPhone(), 40);
    checks.require(
        f.contactEmail() != null && f.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
        "contactEmail",
        "email",
        "Give a valid email address");
    checks.require(
        f.services() != null && !f.services().isEmpty(),
        "services",
        "services",
        "The service plan names at least one service");
    EmployerForm.AgreementForm a = f.agreement();
    if (a == null) {
      checks.require(false, "agreement", "required", "Required");
    } else {
      Forms.text(checks, "agreement.number", a.number(), 60);
      Forms.present(checks, "agreement.startsOn", a.startsOn());
      Forms.present(checks, "agreement.endsOn", a.endsOn());
      checks.require(
          a.startsOn() == null || a.endsOn() == null || !a.endsOn().isBefore(a.startsOn()),
          "agreement.endsOn",
          "period",
          "The agreement ends on or after its first day");
      checks.require(
          a.fee() != null && a.fee().signum() >= 0 && a.fee().compareTo(new BigDecimal("1e12")) < 0,
          "agreement.fee",
          "fee",
          "A fee of 0 or more yuan");
      Forms.text(checks, "agreement.paymentTerms", a.paymentTerms(), 2000);
      Forms.text(checks, "agreement.confidentialityTerms", a.confidentialityTerms(), 4000);
      Forms.text(checks, "agreement.dataProtectionTerms", a.dataProtectionTerms(), 4000);
      Forms.text(checks, "agreement.liabilityTerms", a.liabilityTerms(), 4000);
    }
    checks.throwIfAny();
  }

  private static Employer.Profile profile(EmployerForm f) {
    return new Employer.Profile(
        f.name().trim(),
        f.kind(),
        f.introduction().trim(),
        f.address().trim(),
        f.contactName().trim(),
        f.contactPhone().trim(),
        f.contactEmail().trim(),
        EnumSet.copyOf(f.services()));
  }

  private static Agreement agreement(EmployerForm f) {
    EmployerForm.AgreementForm a = f.agreement();
    return new Agreement(
        a.number().trim(),
        a.startsOn(),
        a.endsOn(),
        a.fee(),
        a.paymentTerms().trim(),
        a.confidentialityTerms().trim(),
        a.dataProtectionTerms().trim(),
        a.liabilityTerms().trim());
  }

  static EmployerForm view(Employer e) {
    Employer.Profile p = e.profile();
    Agreement a = e.agreement();
    return new EmployerForm(
        e.id(),
        e.code(),
        p.name(),
        p.kind(),
        p.introduction(),
        p.address(),
        p.contactName(),
        p.contactPhone(),
        p.contactEmail(),
        p.services(),
        new EmployerForm.AgreementForm(
            a.number(),
            a.startsOn(),
            a.endsOn(),
            a.fee(),
            a.paymentTerms(),
            a.confidentialityTerms(),
            a.dataProtectionTerms(),
            a.liabilityTerms()));
  }
}
