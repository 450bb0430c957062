package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Editors add a recruitment's positions from a workbook (岗位导入) instead of typing them one by one:
 * all rows or none. Every wrong cell is reported by row and column before anything is written, and
 * the transaction adds every position or, on any failure, none. Needs {@code recruitment:edit} on
 * the employer, like adding one position.
 */
@Stateless
public class PositionImport {

  @Inject private Recruitments recruitments;
  @Inject private Guard guard;
  @Inject private RecruitmentAccess access;

  /**
   * Adds the sheet's positions to the recruitment.
   *
   * @param cells the cell texts, header row first (see {@link PositionColumn})
   * @return the positions added, in row order
   * @throws InvalidInputException naming every wrong cell, including codes the recruitment has
   */
  public List<PositionView> importAll(Actor actor, long recruitmentId, List<List<String>> cells) {
    Recruitment r = access.editable(actor, recruitmentId);
    Set<String> taken =
        recruitments.positions(r.id()).stream().map(Position::code).collect(Collectors.toSet());
    List<PositionRows.Row> rows = PositionRows.read(cells, taken);
    List<PositionView> added = new ArrayList<>();
    for (PositionRows.Row row : rows) {
      Position p = recruitments.add(new Position(r.id(), row.code(), row.details()));
      guard.record(
          guard
              .entry(actor, "recruitment.position.added")
              .target("position", String.valueOf(p.id()))
              .detail("recruitment", String.valueOf(r.id()))
              .detail("code", p.code())
              .detail("source", "import"));
      added.add(RecruitmentViews.position(p, null));
    }
    guard.record(
        guard
            .entry(actor, "recruitment.positions.imported")
            .target("recruitment", String.valueOf(r.id()))
            .detail("positions", String.valueOf(added.size())));
    return added;
  }
}
