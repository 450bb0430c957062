package org.zhaokao.physical.application;

import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.physical.domain.catalogue.Catalogue;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.imports.Csv;
import org.zhaokao.physical.domain.imports.RawTable;
import org.zhaokao.physical.domain.imports.ResultEntry;
import org.zhaokao.physical.domain.imports.ResultRows;
import org.zhaokao.physical.domain.imports.RowError;
import org.zhaokao.physical.domain.plan.PlanItem;
import org.zhaokao.physical.domain.plan.Plans;
import org.zhaokao.physical.domain.plan.TestPlan;
import org.zhaokao.physical.domain.sitting.Attempt;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.physical.domain.sitting.Sittings;
import org.zhaokao.physical.domain.standard.Gender;
import org.zhaokao.physical.infrastructure.ExcelTables;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Figures per candidate, item and attempt (成绩录入), typed on the tablet, sent over REST, or imported
 * from a timing device's CSV or an Excel workbook. A batch is all or nothing: every wrong row is
 * reported, by row and column, and nothing is saved.
 */
@ApplicationScoped
public class ResultUseCases {

  private static final BigDecimal LARGEST = new BigDecimal("99999999");

  @Inject private StageContext stage;
  @Inject private Catalogue catalogue;
  @Inject private Plans plans;
  @Inject private Sittings sittings;

  /** Records the entries; answers how many figures were saved. */
  @Transactional
  public int record(
      Actor actor, long recruitmentId, List<ResultEntry> entries, Attempt.Source source) {
    stage.require(actor, RECORD);
    stage.running(recruitmentId);
    TestPlan plan =
        plans
            .plan(recruitmentId)
            .orElseThrow(
                () -> StageProblem.conflict("the recruitment has no physical-test plan yet"));
    if (entries.isEmpty()) {
      throw StageProblem.invalid("no results were sent");
    }
    List<Checked> checked = check(recruitmentId, plan, entries);
    Instant now = Instant.now();
    for (Checked c : checked) {
      Optional<Attempt> earlier =
          sittings.attempt(recruitmentId, c.applicationId, c.item.id(), c.entry.attempt());
      Attempt a =
          earlier.orElseGet(
              () -> new Attempt(recruitmentId, c.applicationId, c.item.id(), c.entry.attempt()));
      // Filled before it is stored: the identity key makes persist insert at once.
      a.record(c.entry.value(), source, actor.accountId(), now);
      if (earlier.isEmpty()) {
        sittings.add(a);
      }
    }
    stage.audit(
        actor,
        "results.recorded",
        "recruitment",
        recruitmentId,
        "source",
        source.name(),
        "figures",
        String.valueOf(checked.size()));
    return checked.size();
  }

  /** Imports a timing device's CSV export. */
  @Transactional
  public int importCsv(Actor actor, long recruitmentId, String text) {
    RawTable table;
    try {
      table = Csv.read(text);
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    return importTable(actor, recruitmentId, table, Attempt.Source.CSV);
  }

  /** Imports the first sheet of an Excel workbook (.xlsx). */
  @Transactional
  public int importExcel(Actor actor, long recruitmentId, byte[] workbook) {
    RawTable table;
    try {
      table = ExcelTables.firstSheet(workbook);
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    return importTable(actor, recruitmentId, table, Attempt.Source.EXCEL);
  }

  private int importTable(Actor actor, long recruitmentId, RawTable table, Attempt.Source source) {
    stage.require(actor, RECORD);
    int max = stage.plugin().importMaxRows();
    if (table.rows().size() > max) {
      throw StageProblem.invalid("the file has " + table.rows().size() + " rows; at most " + max);
    }
    ResultRows.Parsed parsed = ResultRows.parse(table);
    if (!parsed.ok()) {
      throw StageProblem.rows(parsed.errors());
    }
    return record(actor, recruitmentId, parsed.entries(), source);
  }

  private record Checked(ResultEntry entry, long applicationId, TestItem item) {}

  private List<Checked> check(long recruitmentId, TestPlan plan, List<ResultEntry> entries) {
    Map<String, StageEntrant> byApplication = new HashMap<>();
    Map<String, StageEntrant> byTicket = new HashMap<>();
    for (StageEntrant e : stage.entrants(recruitmentId)) {
      byApplication.put(String.valueOf(e.applicationId()), e);
      e.ticketNumber().ifPresent(t -> byTicket.put(t, e));
    }
    Map<Long, Seat> seats = new HashMap<>();
    sittings.seats(recruitmentId).forEach(s -> seats.put(s.applicationId(), s));
    List<RowError> errors = new ArrayList<>();
    List<Checked> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ResultEntry entry : entries) {
      int before = errors.size();
      String col = entry.candidateColumn();
      StageEntrant who = (entry.byTicket() ? byTicket : byApplication).get(entry.candidate());
      Seat seat = who == null ? null : seats.get(who.applicationId());
      if (who == null) {
        errors.add(err(entry, col, "no candidate " + entry.candidate() + " in this physical test"));
      } else if (seat == null || !seat.signedIn()) {
        errors.add(err(entry, col, "candidate " + entry.candidate() + " has not signed in"));
      } else if (seat.disqualified()) {
        errors.add(err(entry, col, "candidate " + entry.candidate() + " was disqualified"));
      }
      Optional<TestItem> item = catalogue.byCode(entry.item());
      Optional<PlanItem> planned = item.flatMap(i -> plan.item(i.id()));
      if (planned.isEmpty()) {
        errors.add(
            err(entry, "item", "item " + entry.item() + " is not in this recruitment's test"));
      } else {
        if (who != null && !item.get().standard().appliesTo(Gender.of(who.gender()))) {
          errors.add(
              err(
                  entry,
                  "item",
                  "item " + entry.item() + " is not sat by " + who.gender() + " candidates"));
        }
        if (entry.attempt() < 1 || entry.attempt() > planned.get().attempts()) {
          errors.add(
              err(
                  entry,
                  "attempt",
                  "attempt " + entry.attempt() + " of " + planned.get().attempts() + " allowed"));
        }
      }
      if (entry.value().signum() <= 0 || entry.value().compareTo(LARGEST) > 0) {
        errors.add(err(entry, "value", "a figure must be positive, got " + entry.value()));
      }
      if (errors.size() == before) {
        String key = who.applicationId() + "/" + entry.item() + "/" + entry.attempt();
        if (!seen.add(key)) {
          errors.add(
              err(
                  entry,
                  "attempt",
                  "attempt "
                      + entry.attempt()
                      + " of "
                      + entry.item()
                      + " for candidate "
                      + entry.candidate()
                      + " appears twice"));
        } else {
          out.add(new Checked(entry, who.applicationId(), item.get()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw StageProblem.rows(errors);
    }
    return out;
  }

  private static RowError err(ResultEntry entry, String column, String message) {
    return new RowError(entry.row(), column, message);
  }
}
