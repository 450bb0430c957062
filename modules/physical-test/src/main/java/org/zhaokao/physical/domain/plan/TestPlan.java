package org.zhaokao.physical.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhaokao.physical.domain.standard.PassRule;

/**
 * A recruitment's physical-test plan (体能测试方案): which catalogue items, how many attempts each, and
 * the pass rule.
 */
@Entity
@Table(name = "pt_plan")
public class TestPlan {

  @Id
  @Column(name = "recruitment_id")
  private long recruitmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "pass_rule", nullable = false)
  private PassRule.Kind passRule;

  @Column(name = "required_passes", nullable = false)
  private int requiredPasses;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "reported_by")
  private Long reportedBy;

  @OneToMany(
      mappedBy = "plan",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("sortOrder")
  private List<PlanItem> items = new ArrayList<>();

  protected TestPlan() {}

  public TestPlan(long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  /** Replaces the items (item id → attempts, in order) and the rule. */
  public void define(List<long[]> itemsAndAttempts, PassRule rule) {
    if (itemsAndAttempts.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one item");
    }
    items.clear();
    int order = 0;
    for (long[] ia : itemsAndAttempts) {
      if (ia[1] < 1 || ia[1] > 9) {
        throw new IllegalArgumentException("attempts must be 1 to 9, got " + ia[1]);
      }
      items.add(new PlanItem(this, ia[0], order++, (int) ia[1]));
    }
    this.passRule = rule.kind();
    this.requiredPasses = rule.required();
  }

  public void reported(long by, Instant at) {
    this.reportedBy = by;
    this.reportedAt = at;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public PassRule rule() {
    return new PassRule(passRule, requiredPasses);
  }

  public List<PlanItem> items() {
    return List.copyOf(items);
  }

  public Optional<PlanItem> item(long itemId) {
    return items.stream().filter(i -> i.itemId() == itemId).findFirst();
  }

  public Optional<Instant> reportedAt() {
    return Optional.ofNullable(reportedAt);
  }
}
