package org.zhaokao.physical.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.zhaokao.physical.domain.standard.AgeBand;
import org.zhaokao.physical.domain.standard.Gender;
import org.zhaokao.physical.domain.standard.StandardLine;

/** A stored line of an item's standard table. */
@Entity
@Table(name = "pt_standard")
class StandardRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private TestItem item;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  @Column(name = "min_age", nullable = false)
  private int minAge;

  @Column(name = "max_age")
  private Integer maxAge;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal threshold;

  protected StandardRow() {}

  StandardRow(TestItem item, StandardLine line) {
    this.item = item;
    this.gender = line.gender();
    this.minAge = line.band().minAge();
    this.maxAge = line.band().maxAge().orElse(null);
    this.threshold = line.threshold();
  }

  StandardLine line() {
    return new StandardLine(gender, AgeBand.of(minAge, maxAge), threshold);
  }
}
