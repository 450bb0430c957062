package org.zhaokao.recruitment.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A position's requirements (报考条件) as structured fields, so the review can check them. Null means
 * "no requirement"; an empty majors list means "any major" (专业不限).
 */
@Embeddable
public class Requirements {

  @Enumerated(EnumType.STRING)
  @Column(name = "min_education", length = 20)
  private EducationLevel minEducation;

  @Enumerated(EnumType.STRING)
  @Column(name = "min_degree", length = 20)
  private Degree minDegree;

  @Convert(converter = TextListConverter.class)
  @Column(nullable = false, length = 4000)
  private List<String> majors = new ArrayList<>();

  @Column(name = "min_age")
  private Integer minAge;

  @Column(name = "max_age")
  private Integer maxAge;

  @Enumerated(EnumType.STRING)
  @Column(name = "political_status", length = 20)
  private PoliticalStatus politicalStatus;

  @Column(name = "min_experience_years")
  private Integer minExperienceYears;

  /** Free text, e.g. 本市户籍; checked by the reviewer, not the system. */
  @Column(nullable = false, length = 200)
  private String household;

  @Enumerated(EnumType.STRING)
  @Column(length = 6)
  private Gender gender;

  @Column(name = "other_requirements", nullable = false, length = 2000)
  private String other;

  protected Requirements() {}

  public Requirements(
      EducationLevel minEducation,
      Degree minDegree,
      List<String> majors,
      Integer minAge,
      Integer maxAge,
      PoliticalStatus politicalStatus,
      Integer minExperienceYears,
      String household,
      Gender gender,
      String other) {
    this.minEducation = minEducation;
    this.minDegree = minDegree;
    this.majors = new ArrayList<>(majors);
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.politicalStatus = politicalStatus;
    this.minExperienceYears = minExperienceYears;
    this.household = household == null ? "" : household;
    this.gender = gender;
    this.other = other == null ? "" : other;
  }

  public Optional<EducationLevel> minEducation() {
    return Optional.ofNullable(minEducation);
  }

  public Optional<Degree> minDegree() {
    return Optional.ofNullable(minDegree);
  }

  public List<String> majors() {
    return List.copyOf(majors);
  }

  public Optional<Integer> minAge() {
    return Optional.ofNullable(minAge);
  }

  public Optional<Integer> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  public Optional<PoliticalStatus> politicalStatus() {
    return Optional.ofNullable(politicalStatus);
  }

  public Optional<Integer> minExperienceYears() {
    return Optional.ofNullable(minExperienceYears);
  }

  public String household() {
    return household;
  }

  public Optional<Gender> gender() {
    return Optional.ofNullable(gender);
  }

  public String other() {
    return other;
  }
}
