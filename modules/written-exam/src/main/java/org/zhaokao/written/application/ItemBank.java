package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.bank.Item;
import org.zhaokao.written.domain.bank.ItemContent;

/**
 * The question bank (题库) use cases: list, add, edit (a new version once a paper drew the item),
 * retire, and import many at once — all or nothing.
 */
@Stateless
public class ItemBank {

  /** At most this many rows in one import. */
  public static final int MAX_IMPORT = 5000;

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;

  public List<ItemView> list(Actor actor, ItemFilter filter) {
    core.require(actor, WrittenExamPlugin.BANK, "view the question bank");
    StringBuilder jpql = new StringBuilder("select i from Item i where i.current = true");
    Map<String, Object> params = new HashMap<>();
    filter.type().ifPresent(t -> add(jpql, params, "i.type = :type", "type", t));
    filter.subject().ifPresent(s -> add(jpql, params, "i.subject = :subject", "subject", s));
    filter.knowledgePoint().ifPresent(k -> add(jpql, params, "i.knowledgePoint = :kp", "kp", k));
    filter
        .difficulty()
        .ifPresent(d -> add(jpql, params, "i.difficulty = :difficulty", "difficulty", d));
    filter
        .text()
        .ifPresent(
            t ->
                add(jpql, params, "lower(i.stem) like :text", "text", "%" + t.toLowerCase() + "%"));
    jpql.append(" order by i.lineageId");
    TypedQuery<Item> q = em.createQuery(jpql.toString(), Item.class);
    params.forEach(q::setParameter);
    return q.getResultList().stream().map(ItemView::of).toList();
  }

  private static void add(
      StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
    jpql.append(" and ").append(clause);
    params.put(name, value);
  }

  public ItemView get(Actor actor, long id) {
    core.require(actor, WrittenExamPlugin.BANK, "view the question bank");
    return ItemView.of(find(id));
  }

  public ItemView create(Actor actor, ItemContent content) {
    core.require(actor, WrittenExamPlugin.BANK, "add items");
    check(content);
    Item item = persistNew(actor, content);
    core.audit(actor, "item.created", "item", item.id(), Map.of("type", content.type()));
    return ItemView.of(item);
  }

  /**
   * Edits an item. The current version changes in place while no paper drew it; otherwise a new
   * version is added and becomes current, and the drawn version stays as the papers saw it.
   *
   * @return the version that is current now
   */
  public ItemView update(Actor actor, long id, ItemContent content) {
    core.require(actor, WrittenExamPlugin.BANK, "edit items");
    check(content);
    Item item = em.find(Item.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (item == null) {
      throw UseCaseException.notFound("item " + id);
    }
    if (!item.current()) {
      throw UseCaseException.conflict(
          "item.notCurrent", "item " + id + " is an old or retired version: edit the current one");
    }
    if (!item.used()) {
      item.overwrite(content);
      core.audit(actor, "item.updated", "item", id, Map.of("version", item.version()));
      return ItemView.of(item);
    }
    Item next = Item.nextVersionOf(item, content, actor.accountId(), Instant.now());
    em.persist(next);
    core.audit(
        actor,
        "item.versioned",
        "item",
        next.id(),
        Map.of("lineage", next.lineageId(), "version", next.version(), "previous", id));
    return ItemView.of(next);
  }

  public void retire(Actor actor, long id) {
    core.require(actor, WrittenExamPlugin.BANK, "retire items");
    Item item = find(id);
    if (!item.current()) {
      throw UseCaseException.conflict("item.notCurrent", "item " + id + " is not current");
    }
    item.retire();
    core.audit(actor, "item.retired", "item", id, Map.of("lineage", item.lineageId()));
  }

  /**
   * Adds every item of an import, or none.
   *
   * @throws UseCaseException 422 listing every row that is wrong
   */
  public List<Long> importAll(Actor actor, List<ItemContent> rows, String source) {
    core.require(actor, WrittenExamPlugin.BANK, "import items");
    if (rows.isEmpty() || rows.size() > MAX_IMPORT) {
      throw UseCaseException.invalid(
          "import.size", "an import holds 1 to " + MAX_IMPORT + " items", List.of());
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (ItemContent.Violation v : rows.get(i).violations()) {
        problems.add("item " + (i + 1) + ", " + v.field() + ": " + v.message());
      }
    }
    if (!problems.isEmpty()) {
      throw UseCaseException.invalid("import.rows", "the import has wrong rows", problems);
    }
    List<Long> ids = new ArrayList<>();
    for (ItemContent c : rows) {
      ids.add(persistNew(actor, c).id());
    }
    core.audit(
        actor,
        "item.imported",
        "item",
        ids.get(0),
        Map.of("count", ids.size(), "source", source, "lastId", ids.get(ids.size() - 1)));
    return ids;
  }

  /** Every current item, for export. */
  public List<ItemView> exportAll(Actor actor) {
    List<ItemView> all = list(actor, ItemFilter.all());
    core.audit(actor, "item.exported", "item", "", Map.of("count", all.size()));
    return all;
  }

  private Item persistNew(Actor actor, ItemContent content) {
    Item item = new Item(content, actor.accountId(), Instant.now());
    em.persist(item);
    item.startLineage();
    return item;
  }

  private Item find(long id) {
    Item item = em.find(Item.class, id);
    if (item == null) {
      throw UseCaseException.notFound("item " + id);
    }
    return item;
  }

  private static void check(ItemContent content) {
    List<ItemContent.Violation> v = content.violations();
    if (!v.isEmpty()) {
      throw UseCaseException.invalid(
          "item.invalid",
          "the item is not valid",
          v.stream().map(x -> x.field() + ": " + x.message()).toList());
    }
  }
}
