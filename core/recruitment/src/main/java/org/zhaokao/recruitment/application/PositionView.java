package org.zhaokao.recruitment.application;

import java.util.List;

/**
 * A position as the console and public pages show it.
 *
 * @param id id
 * @param recruitmentId its recruitment
 * @param code code
 * @param title title
 * @param department department
 * @param headcount 招录人数
 * @param requirements 报考条件
 * @param examSubjects 考试科目
 * @param interviewRatio n of 1:n
 * @param extraFields the form's extra questions
 * @param applicants live applications (public pages; counted at most a minute ago), or null
 * @param competitionRatio applicants per post (竞争比), or null
 */
public record PositionView(
    long id,
    long recruitmentId,
    String code,
    String title,
    String department,
    int headcount,
    PositionForm.RequirementsForm requirements,
    List<String> examSubjects,
    int interviewRatio,
    List<String> extraFields,
    Long applicants,
    Double competitionRatio) {}
