package org.zhaokao.archiving.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The stored archive records. */
public interface Archives {

  void add(Archive archive);

  Optional<Archive> find(long id);

  /** Locks the record for a change of its state (one writer at a time). */
  Optional<Archive> findForUpdate(long id);

  /** Every archive, newest first. */
  List<Archive> all();

  /** Archives not destroyed whose retention ended before {@code now}, oldest first. */
  List<Archive> dueForDestruction(OffsetDateTime now);
}
