package org.zhaokao.recruitment.application;

import java.util.List;

/**
 * The columns of the position import workbook (岗位导入模板), in order. The header row must carry exactly
 * these Chinese headers, so a workbook made for another purpose (or an old template) is refused
 * instead of being read into the wrong fields. {@link #field} is the name {@link PositionEditing}
 * reports a problem under, which is how a problem finds its column.
 */
public enum PositionColumn {
  CODE("岗位代码", "code", "01"),
  TITLE("岗位名称", "title", "统计调查岗"),
  DEPARTMENT("用人部门", "department", "统计调查科"),
  HEADCOUNT("招聘人数", "headcount", "2"),
  EDUCATION("最低学历", "requirements.minEducation", "本科"),
  DEGREE("最低学位", "requirements.minDegree", "学士"),
  MAJORS("专业要求", "requirements.majors", "计算机科学与技术；软件工程"),
  MIN_AGE("最低年龄", "requirements.minAge", "18"),
  MAX_AGE("最高年龄", "requirements.maxAge", "35"),
  POLITICAL_STATUS("政治面貌", "requirements.politicalStatus", "中共党员"),
  EXPERIENCE("工作年限", "requirements.minExperienceYears", "2"),
  HOUSEHOLD("户籍要求", "requirements.household", ""),
  GENDER("性别要求", "requirements.gender", ""),
  OTHER("其他条件", "requirements.other", "具有统计从业经历者优先"),
  SUBJECTS("考试科目", "examSubjects", "综合基础知识；统计专业知识"),
  INTERVIEW_RATIO("面试比例", "interviewRatio", "3"),
  EXTRA_FIELDS("附加问题", "extraFields", "工作经历");

  /** How list cells separate their items: the Chinese or Latin semicolon, or a line break. */
  public static final String SEPARATORS = "[；;\\n\\r]+";

  private final String header;
  private final String field;
  private final String example;

  PositionColumn(String header, String field, String example) {
    this.header = header;
    this.field = field;
    this.example = example;
  }

  /** The Chinese header the template carries. */
  public String header() {
    return header;
  }

  String field() {
    return field;
  }

  /** The example row's value. */
  public String example() {
    return example;
  }

  /** The Excel column letter (A, B, ...). */
  public String letter() {
    return String.valueOf((char) ('A' + ordinal()));
  }

  public static List<String> headers() {
    return List.of(values()).stream().map(PositionColumn::header).toList();
  }

  /** The column a {@link PositionEditing} problem belongs to; the code column when none does. */
  static PositionColumn of(String field) {
    for (PositionColumn c : values()) {
      if (c.field.equals(field)) {
        return c;
      }
    }
    return CODE;
  }
}
