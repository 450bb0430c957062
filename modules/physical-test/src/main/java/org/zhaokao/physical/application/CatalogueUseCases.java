package org.zhaokao.physical.application;

import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.MANAGE;
import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zhaokao.physical.domain.catalogue.Catalogue;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.standard.Direction;
import org.zhaokao.physical.domain.standard.StandardLine;
import org.zhaokao.plugins.api.security.Actor;

/** The item catalogue and its standard tables, which staff edit (项目与标准维护). */
@ApplicationScoped
public class CatalogueUseCases {

  @Inject private StageContext stage;
  @Inject private Catalogue catalogue;

  /** What staff type for an item. */
  public record ItemForm(
      String nameZh,
      String nameEn,
      String unit,
      Direction direction,
      int defaultAttempts,
      List<StandardLine> standards) {}

  @Transactional
  public List<TestItem> items(Actor actor) {
    if (!actor.isPermitted(RECORD)) {
      stage.require(actor, MANAGE);
    }
    return catalogue.all();
  }

  /**
   * Creates the item or replaces its description and standard table.
   *
   * @return whether it was created
   */
  @Transactional
  public boolean define(Actor actor, String code, ItemForm form) {
    stage.require(actor, MANAGE);
    if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
      throw StageProblem.invalid(
          "an item code is 2 to 40 upper-case letters, digits and underscores, got '" + code + "'");
    }
    if (form.direction() == null) {
      throw StageProblem.invalid("direction is required: LOWER_IS_BETTER or HIGHER_IS_BETTER");
    }
    TestItem item = catalogue.byCode(code).orElse(null);
    boolean created = item == null;
    if (created) {
      item = new TestItem(code);
    }
    try {
      item.define(
          form.nameZh(),
          form.nameEn(),
          form.unit(),
          form.direction(),
          form.defaultAttempts(),
          form.standards());
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    if (created) {
      catalogue.add(item);
    }
    stage.audit(
        actor,
        created ? "item.created" : "item.changed",
        "physical-test-item",
        code,
        "direction",
        form.direction().name(),
        "standards",
        form.standards().toString());
    return created;
  }
}
