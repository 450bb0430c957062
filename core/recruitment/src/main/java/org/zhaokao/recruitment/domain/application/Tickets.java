package org.zhaokao.recruitment.domain.application;

import java.util.List;
import java.util.Optional;

/** Repository of admission-ticket counters and the applications waiting for a number. */
public interface Tickets {

  /**
   * The recruitment's counter, locked for writing until the transaction ends; made with the default
   * pattern when the recruitment has none yet.
   */
  TicketCounter lock(long recruitmentId);

  /** The counter as it is, without locking. */
  Optional<TicketCounter> find(long recruitmentId);

  /** Confirmed approvals without a number, by position code then submission. */
  List<Application> awaitingNumbers(long recruitmentId);
}
