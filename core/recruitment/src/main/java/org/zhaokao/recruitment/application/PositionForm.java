package org.zhaokao.recruitment.application;

import java.util.List;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.Gender;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;

/**
 * A position as an editor writes it (招考岗位).
 *
 * @param code unique in the recruitment
 * @param title 岗位名称
 * @param department 用人部门
 * @param headcount 招录人数
 * @param requirements 报考条件
 * @param examSubjects 考试科目
 * @param interviewRatio n of 1:n (面试比例)
 * @param extraFields labels of extra free-text questions on the form
 */
public record PositionForm(
    String code,
    String title,
    String department,
    Integer headcount,
    RequirementsForm requirements,
    List<String> examSubjects,
    Integer interviewRatio,
    List<String> extraFields) {

  /**
   * Structured requirements; null (or empty majors) means no requirement.
   *
   * @param minEducation lowest education level
   * @param minDegree lowest degree
   * @param majors accepted majors
   * @param minAge lowest age
   * @param maxAge highest age
   * @param politicalStatus required political status
   * @param minExperienceYears fewest years of work experience
   * @param household household registration (户籍), free text
   * @param gender only where the law allows it
   * @param other anything else, free text
   */
  public record RequirementsForm(
      EducationLevel minEducation,
      Degree minDegree,
      List<String> majors,
      Integer minAge,
      Integer maxAge,
      PoliticalStatus politicalStatus,
      Integer minExperienceYears,
      String household,
      Gender gender,
      String other) {}
}
