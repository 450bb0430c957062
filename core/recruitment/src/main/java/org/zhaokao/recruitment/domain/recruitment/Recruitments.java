package org.zhaokao.recruitment.domain.recruitment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Repository of recruitments, their positions and their versioned texts. */
public interface Recruitments {

  Optional<Recruitment> find(long id);

  Optional<Recruitment> findByCode(String code);

  /** All recruitments, newest first. */
  List<Recruitment> all();

  /** Those the public sees (published and later), newest publication first. */
  List<Recruitment> visible();

  /** Published recruitments whose application window closes in {@code [from, to)}. */
  List<Recruitment> closingBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

  Recruitment add(Recruitment recruitment);

  Optional<Position> position(long positionId);

  /** The recruitment's positions by code. */
  List<Position> positions(long recruitmentId);

  Position add(Position position);

  void remove(Position position);

  /** Live applications per position of the recruitment (counted now, not kept in a counter). */
  Map<Long, Long> applicantCounts(long recruitmentId);

  /** Whether any application, live or not, names the position (withdrawn ones are kept too). */
  boolean hasApplications(long positionId);

  Optional<RecruitmentText> text(long recruitmentId, TextKind kind, int version);

  RecruitmentText add(RecruitmentText text);

  /** Positions by id, for screens listing applications across positions. */
  Map<Long, Position> positionsById(Collection<Long> ids);
}
