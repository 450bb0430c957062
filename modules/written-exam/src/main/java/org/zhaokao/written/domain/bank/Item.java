package org.zhaokao.written.domain.bank;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of an item in the question bank (题库试题). Items of one lineage share {@link
 * #lineageId()}: editing an item that a generated paper already drew keeps this row for that paper
 * and adds the next version, which becomes current; editing an unused item changes it in place.
 */
@Entity
@Table(name = "we_item")
public class Item {

  @Id
  @SequenceGenerator(name = "we_item_seq", sequenceName = "we_item_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_item_seq")
  private Long id;

  /** The id of the lineage's first version. */
  @Column(name = "lineage_id")
  private Long lineageId;

  @Column(nullable = false)
  private int version;

  /** Whether this is the lineage's version that new papers draw. */
  @Column(name = "is_current", nullable = false)
  private boolean current;

  /** Whether a generated paper drew this version (then it never changes again). */
  @Column(name = "is_used", nullable = false)
  private boolean used;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 20)
  private ItemType type;

  @Column(nullable = false, length = 4000)
  private String stem;

  @Column(name = "options_json", nullable = false, length = 9000)
  private String optionsJson;

  @Column(name = "answer_key", nullable = false, length = 4000)
  private String key;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal points;

  @Column(nullable = false, length = 100)
  private String subject;

  @Column(name = "knowledge_point", nullable = false, length = 100)
  private String knowledgePoint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Difficulty difficulty;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  protected Item() {}

  /** A first version. */
  public Item(ItemContent content, long createdBy, Instant at) {
    this.version = 1;
    this.current = true;
    this.createdBy = createdBy;
    this.createdAt = at;
    write(content);
  }

  /** The next version of {@code previous}, which stops being current. */
  public static Item nextVersionOf(Item previous, ItemContent content, long by, Instant at) {
    Item next = new Item(content, by, at);
    next.lineageId = previous.lineageId;
    next.version = previous.version + 1;
    previous.current = false;
    return next;
  }

  /** Sets the lineage of a first version once its id is known. */
  public void startLineage() {
    if (lineageId == null) {
      lineageId = id;
    }
  }

  /** Replaces the content of an unused version in place. */
  public void overwrite(ItemContent content) {
    if (used) {
      throw new IllegalStateException("item " + id + " is used by a paper: add a version instead");
    }
    write(content);
  }

  private void write(ItemContent c) {
    this.type = c.type();
    this.stem = c.stem();
    this.optionsJson = encode(c.options());
    this.key = c.key();
    this.points = c.points();
    this.subject = c.subject();
    this.knowledgePoint = c.knowledgePoint();
    this.difficulty = c.difficulty();
  }

  /** A paper drew this version: from now on it is frozen. */
  public void markUsed() {
    used = true;
  }

  /** Takes the lineage out of the bank; papers that drew it keep it. */
  public void retire() {
    current = false;
  }

  public ItemContent content() {
    return new ItemContent(
        type, stem, decode(optionsJson), key, points, subject, knowledgePoint, difficulty);
  }

  public Long id() {
    return id;
  }

  public Long lineageId() {
    return lineageId;
  }

  public int version() {
    return version;
  }

  public boolean current() {
    return current;
  }

  public boolean used() {
    return used;
  }

  public ItemType type() {
    return type;
  }

  private static String encode(List<String> options) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    options.forEach(a::add);
    return a.build().toString();
  }

  private static List<String> decode(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }
}
