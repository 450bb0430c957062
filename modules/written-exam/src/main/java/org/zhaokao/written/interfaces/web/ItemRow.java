package org.zhaokao.written.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.zhaokao.written.application.ItemView;
import org.zhaokao.written.domain.bank.ItemContent;

/** An item as a table row (getters: the server's EL 5 does not read records). */
public class ItemRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String type;
  private final String stem;
  private final String key;
  private final BigDecimal points;
  private final String subject;
  private final String knowledgePoint;
  private final String difficulty;
  private final int version;
  private final boolean used;

  ItemRow(ItemView view) {
    ItemContent c = view.content();
    id = view.id();
    type = c.type().name();
    stem = c.stem();
    key = c.key();
    points = c.points();
    subject = c.subject();
    knowledgePoint = c.knowledgePoint();
    difficulty = c.difficulty().name();
    version = view.version();
    used = view.used();
  }

  public long getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getStem() {
    return stem;
  }

  public String getKey() {
    return key;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getSubject() {
    return subject;
  }

  public String getKnowledgePoint() {
    return knowledgePoint;
  }

  public String getDifficulty() {
    return difficulty;
  }

  public int getVersion() {
    return version;
  }

  public boolean isUsed() {
    return used;
  }
}
