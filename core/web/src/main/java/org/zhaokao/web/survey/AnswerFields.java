package org.zhaokao.web.survey;

import java.io.Serializable;
import org.zhaokao.content.application.AnswerForm;

/** What the candidate picks on one survey's form, until sent. */
public class AnswerFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer overall;
  private Integer content;
  private Integer process;
  private Integer efficiency;
  private Integer result;
  private Integer attitude;
  private String remark;

  AnswerForm toForm() {
    return new AnswerForm(overall, content, process, efficiency, result, attitude, remark);
  }

  public Integer getOverall() {
    return overall;
  }

  public void setOverall(Integer overall) {
    this.overall = overall;
  }

  public Integer getContent() {
    return content;
  }

  public void setContent(Integer content) {
    this.content = content;
  }

  public Integer getProcess() {
    return process;
  }

  public void setProcess(Integer process) {
    this.process = process;
  }

  public Integer getEfficiency() {
    return efficiency;
  }

  public void setEfficiency(Integer efficiency) {
    this.efficiency = efficiency;
  }

  public Integer getResult() {
    return result;
  }

  public void setResult(Integer result) {
    this.result = result;
  }

  public Integer getAttitude() {
    return attitude;
  }

  public void setAttitude(Integer attitude) {
    this.attitude = attitude;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
