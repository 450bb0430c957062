package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;

/**
 * What the candidate declares about their qualifications on the form (报名信息): the review checks it
 * against the position's requirements. Name, birth date and gender are not declared: they come from
 * the verified ID number.
 */
@Embeddable
public class Declaration {

  @Enumerated(EnumType.STRING)
  @Column(name = "education", nullable = false, length = 20)
  private EducationLevel education;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Degree degree;

  @Column(nullable = false, length = 100)
  private String school;

  @Column(nullable = false, length = 100)
  private String major;

  @Column(name = "graduated_on", nullable = false)
  private LocalDate graduatedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "political_status", nullable = false, length = 20)
  private PoliticalStatus politicalStatus;

  @Column(name = "experience_years", nullable = false)
  private int experienceYears;

  @Column(nullable = false, length = 100)
  private String household;

  protected Declaration() {}

  public Declaration(
      EducationLevel education,
      Degree degree,
      String school,
      String major,
      LocalDate graduatedOn,
      PoliticalStatus politicalStatus,
      int experienceYears,
      String household) {
    this.education = education;
    this.degree = degree;
    this.school = school;
    this.major = major;
    this.graduatedOn = graduatedOn;
    this.politicalStatus = politicalStatus;
    this.experienceYears = experienceYears;
    this.household = household;
  }

  public EducationLevel education() {
    return education;
  }

  public Degree degree() {
    return degree;
  }

  public String school() {
    return school;
  }

  public String major() {
    return major;
  }

  public LocalDate graduatedOn() {
    return graduatedOn;
  }

  public PoliticalStatus politicalStatus() {
    return politicalStatus;
  }

  public int experienceYears() {
    return experienceYears;
  }

  public String household() {
    return household;
  }
}
