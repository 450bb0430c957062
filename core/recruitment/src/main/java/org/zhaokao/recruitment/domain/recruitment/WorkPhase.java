package org.zhaokao.recruitment.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One phase of the exam work plan (考务工作方案, SPEC R3): its schedule, the staff responsible, their
 * duties and the procedure.
 */
@Embeddable
public class WorkPhase {

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(nullable = false, length = 500)
  private String staff;

  @Column(nullable = false, length = 2000)
  private String duties;

  @Column(name = "procedure_text", nullable = false, length = 4000)
  private String procedure;

  protected WorkPhase() {}

  public WorkPhase(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      String staff,
      String duties,
      String procedure) {
    this.name = name;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.staff = staff;
    this.duties = duties;
    this.procedure = procedure;
  }

  public String name() {
    return name;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String staff() {
    return staff;
  }

  public String duties() {
    return duties;
  }

  public String procedure() {
    return procedure;
  }
}
