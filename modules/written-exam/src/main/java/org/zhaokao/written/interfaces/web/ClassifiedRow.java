package org.zhaokao.written.interfaces.web;

import java.io.Serializable;
import org.zhaokao.written.domain.bank.Difficulty;

/**
 * What the forms edit about where an item belongs in the bank: subject, knowledge point and
 * difficulty (an item of the bank, or the items a blueprint section draws from).
 */
abstract class ClassifiedRow implements Serializable {

  private static final long serialVersionUID = 1L;

  protected String subject;
  protected String knowledgePoint;
  protected Difficulty difficulty;

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getKnowledgePoint() {
    return knowledgePoint;
  }

  public void setKnowledgePoint(String knowledgePoint) {
    this.knowledgePoint = knowledgePoint;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }
}
