package org.zhaokao.written.domain.paper;

/** The bank holds fewer matching items than a blueprint section asks for. */
public class InsufficientItemsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int section;
  private final int needed;
  private final int available;

  public InsufficientItemsException(int section, int needed, int available) {
    super(
        "section "
            + (section + 1)
            + " needs "
            + needed
            + " items but the bank has "
            + available
            + " that match");
    this.section = section;
    this.needed = needed;
    this.available = available;
  }

  /** 0-based. */
  public int section() {
    return section;
  }

  public int needed() {
    return needed;
  }

  public int available() {
    return available;
  }
}
