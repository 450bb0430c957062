package org.zhaokao.physical.domain.standard;

/**
 * When a candidate passes the physical test as a whole (合格规则): every item they sit, or at least
 * {@code required} of them ("三项中两项达标为合格").
 */
public record PassRule(Kind kind, int required) {

  /** The two rules. */
  public enum Kind {
    ALL,
    AT_LEAST
  }

  public PassRule {
    if (kind == null) {
      throw new IllegalArgumentException("pass rule is required: ALL or AT_LEAST");
    }
    if (kind == Kind.ALL) {
      required = 0;
    } else if (required < 1) {
      throw new IllegalArgumentException("an AT_LEAST rule needs at least 1 item, got " + required);
    }
  }

  public static PassRule all() {
    return new PassRule(Kind.ALL, 0);
  }

  public static PassRule atLeast(int n) {
    return new PassRule(Kind.AT_LEAST, n);
  }

  /**
   * @param passed items met
   * @param sat items the candidate sits
   */
  public boolean passes(int passed, int sat) {
    return kind == Kind.ALL ? passed == sat && sat > 0 : passed >= required;
  }

  /** Whether the rule can be met by someone who sits {@code sat} items. */
  public boolean satisfiableWith(int sat) {
    return kind == Kind.ALL ? sat > 0 : required <= sat;
  }

  @Override
  public String toString() {
    return kind == Kind.ALL ? "ALL" : "AT_LEAST " + required;
  }
}
