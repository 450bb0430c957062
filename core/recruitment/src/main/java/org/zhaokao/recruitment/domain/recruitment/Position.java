package org.zhaokao.recruitment.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A position (招考岗位) of a recruitment: code, title, department, headcount (招录人数), structured
 * requirements, exam subjects, the interview ratio (面试比例, 1:n) and the extra questions its
 * application form asks.
 */
@Entity
@Table(name = "core_position")
public class Position {

  @Id
  @SequenceGenerator(
      name = "core_position_seq",
      sequenceName = "core_position_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_position_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 200)
  private String department;

  @Column(nullable = false)
  private int headcount;

  @Embedded private Requirements requirements;

  @Convert(converter = TextListConverter.class)
  @Column(name = "exam_subjects", nullable = false, length = 1000)
  private List<String> examSubjects = new ArrayList<>();

  /** n of 1:n: how many candidates per post go on to the interview. */
  @Column(name = "interview_ratio", nullable = false)
  private int interviewRatio;

  /** Labels of the free-text questions this position adds to the form (e.g. 工作经历). */
  @Convert(converter = TextListConverter.class)
  @Column(name = "extra_fields", nullable = false, length = 2000)
  private List<String> extraFields = new ArrayList<>();

  @Version private long version;

  protected Position() {}

  public Position(long recruitmentId, String code, Details details) {
    this.recruitmentId = recruitmentId;
    this.code = code;
    update(details);
  }

  /**
   * Everything of a position but its code and recruitment.
   *
   * @param title 岗位名称
   * @param department 用人部门
   * @param headcount 招录人数, at least 1
   * @param requirements 报考条件
   * @param examSubjects 考试科目
   * @param interviewRatio n of 1:n
   * @param extraFields labels of extra free-text questions
   */
  public record Details(
      String title,
      String department,
      int headcount,
      Requirements requirements,
      List<String> examSubjects,
      int interviewRatio,
      List<String> extraFields) {}

  public void update(Details details) {
    this.title = details.title();
    this.department = details.department();
    this.headcount = details.headcount();
    this.requirements = details.requirements();
    this.examSubjects = new ArrayList<>(details.examSubjects());
    this.interviewRatio = details.interviewRatio();
    this.extraFields = new ArrayList<>(details.extraFields());
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String department() {
    return department;
  }

  public int headcount() {
    return headcount;
  }

  public Requirements requirements() {
    return requirements;
  }

  public List<String> examSubjects() {
    return List.copyOf(examSubjects);
  }

  public int interviewRatio() {
    return interviewRatio;
  }

  public List<String> extraFields() {
    return List.copyOf(extraFields);
  }
}
