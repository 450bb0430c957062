package org.zhaokao.recruitment.application;

import java.time.LocalDate;
import java.util.Map;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;

/**
 * What a candidate sends to apply (报名) or to correct an application. Name, birth date and gender
 * are not sent: they come from the verified profile.
 *
 * @param positionId the position (on corrections it must stay the same)
 * @param noticeVersion the version of the application notice (报名须知) the candidate read
 * @param pledgeVersion the version of the integrity pledge (诚信协议) the candidate signs
 * @param education highest education level
 * @param degree highest degree
 * @param school graduated from
 * @param major major as on the diploma
 * @param graduatedOn graduation date
 * @param politicalStatus political status
 * @param experienceYears years of work experience
 * @param household household registration (户籍所在地)
 * @param answers answers to the position's extra questions, by label
 */
public record ApplicationForm(
    Long positionId,
    Integer noticeVersion,
    Integer pledgeVersion,
    EducationLevel education,
    Degree degree,
    String school,
    String major,
    LocalDate graduatedOn,
    PoliticalStatus politicalStatus,
    Integer experienceYears,
    String household,
    Map<String, String> answers) {}
