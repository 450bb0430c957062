package org.zhaokao.physical.domain.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.physical.domain.standard.Direction;
import org.zhaokao.physical.domain.standard.ItemStandard;
import org.zhaokao.physical.domain.standard.StandardLine;

/**
 * A catalogue item (测试项目) with its standard table, which staff edit. The aggregate: its lines are
 * replaced as a whole.
 */
@Entity
@Table(name = "pt_item")
public class TestItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(nullable = false)
  private String unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Direction direction;

  @Column(name = "default_attempts", nullable = false)
  private int defaultAttempts;

  @OneToMany(
      mappedBy = "item",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("gender, minAge")
  private List<StandardRow> standards = new ArrayList<>();

  protected TestItem() {}

  public TestItem(String code) {
    this.code = code;
  }

  /**
   * Replaces the item's description and standard table.
   *
   * @throws IllegalArgumentException if the lines overlap or a field is out of range
   */
  public void define(
      String nameZh,
      String nameEn,
      String unit,
      Direction direction,
      int defaultAttempts,
      List<StandardLine> lines) {
    new ItemStandard(code, direction, lines); // validates the table as a whole
    if (defaultAttempts < 1 || defaultAttempts > 9) {
      throw new IllegalArgumentException("attempts must be 1 to 9, got " + defaultAttempts);
    }
    this.nameZh = required(nameZh, "nameZh");
    this.nameEn = required(nameEn, "nameEn");
    this.unit = required(unit, "unit");
    this.direction = direction;
    this.defaultAttempts = defaultAttempts;
    standards.clear();
    lines.forEach(l -> standards.add(new StandardRow(this, l)));
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new IllegalArgumentException(what + " is required, at most 100 characters");
    }
    return value.trim();
  }

  public ItemStandard standard() {
    return new ItemStandard(code, direction, standards.stream().map(StandardRow::line).toList());
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String unit() {
    return unit;
  }

  public Direction direction() {
    return direction;
  }

  public int defaultAttempts() {
    return defaultAttempts;
  }
}
