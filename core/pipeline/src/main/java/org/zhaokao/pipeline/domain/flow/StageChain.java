package org.zhaokao.pipeline.domain.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhaokao.platform.validation.FieldProblem;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * The ordered stages of one recruitment (e.g. written exam → physical test → interview → medical
 * check). Valid when every stage is installed, none repeats, and every stage a plugin depends on
 * comes earlier in the chain.
 */
public record StageChain(List<String> stageIds) {

  public StageChain {
    stageIds = List.copyOf(stageIds);
  }

  /**
   * Checks the chain against the installed plugins.
   *
   * @param dependsOn each installed stage id with the ids its plugin depends on
   * @throws InvalidInputException naming every problem found
   */
  public static StageChain validated(List<String> stageIds, Map<String, List<String>> dependsOn) {
    List<FieldProblem> problems = new ArrayList<>();
    if (stageIds == null || stageIds.isEmpty()) {
      throw InvalidInputException.of("stages", "chain.empty", "A chain has at least one stage");
    }
    Set<String> earlier = new HashSet<>();
    for (String id : stageIds) {
      if (id == null || !dependsOn.containsKey(id)) {
        problems.add(FieldProblem.of("stages", "chain.unknown", "No installed stage " + id));
        continue;
      }
      if (!earlier.add(id)) {
        problems.add(FieldProblem.of("stages", "chain.duplicate", "Stage " + id + " twice"));
        continue;
      }
      for (String needed : dependsOn.get(id)) {
        if (!earlier.contains(needed)) {
          problems.add(
              FieldProblem.of(
                  "stages",
                  "chain.dependency",
                  "Stage " + id + " depends on " + needed + ", which must come earlier"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new StageChain(stageIds);
  }
}
