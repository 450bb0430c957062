package org.zhaokao.written.interfaces.web;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.Section;

/** A blueprint section as the plan form edits it (getters and setters: the server's EL 5). */
public class SectionRow extends ClassifiedRow {

  private static final long serialVersionUID = 1L;

  private String title = "";
  private ItemType type;
  private int count = 1;
  private BigDecimal pointsEach;

  SectionRow() {
    subject = "";
    knowledgePoint = "";
  }

  SectionRow(Section s) {
    title = s.title();
    type = s.type();
    count = s.count();
    pointsEach = s.pointsEach();
    subject = s.subject();
    knowledgePoint = s.knowledgePoint();
    difficulty = s.difficulty().orElse(null);
  }

  Section section() {
    return new Section(
        title, type, count, pointsEach, subject, knowledgePoint, Optional.ofNullable(difficulty));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }

  public BigDecimal getPointsEach() {
    return pointsEach;
  }

  public void setPointsEach(BigDecimal pointsEach) {
    this.pointsEach = pointsEach;
  }
}
