package org.zhaokao.physical.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of a plan and the attempts each candidate has at it. */
@Entity
@Table(name = "pt_plan_item")
public class PlanItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "recruitment_id")
  private TestPlan plan;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private int attempts;

  protected PlanItem() {}

  PlanItem(TestPlan plan, long itemId, int sortOrder, int attempts) {
    this.plan = plan;
    this.itemId = itemId;
    this.sortOrder = sortOrder;
    this.attempts = attempts;
  }

  public long itemId() {
    return itemId;
  }

  public int attempts() {
    return attempts;
  }
}
