package org.zhaokao.discipline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.zhaokao.discipline.domain.blacklist.Blacklist;
import org.zhaokao.discipline.domain.blacklist.BlacklistEntry;
import org.zhaokao.plugins.api.discipline.Blacklisting;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Answers the core's question before it accepts an application (SPI {@code BlacklistCheck}): is the
 * candidate barred today, China time? An entry past its end day no longer bars: expiry needs no
 * job.
 */
@Stateless
public class BlacklistQuery {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject private Blacklist blacklist;
  @Inject private Guard guard;

  public Optional<Blacklisting> check(long candidateId, long employerId) {
    return blacklist.barring(candidateId, employerId, LocalDate.now(CHINA)).stream()
        .findFirst()
        .map(b -> new Blacklisting(b.reason() + "；禁考期至" + b.endsOn(), Optional.of(b.endsOn())));
  }

  /** The blacklist for officers. */
  public List<BlacklistView> all(Actor actor) {
    guard.require(actor, Guard.DECIDE);
    return blacklist.all(500).stream().map(BlacklistQuery::view).toList();
  }

  private static BlacklistView view(BlacklistEntry b) {
    return new BlacklistView(
        b.id(),
        b.candidateId(),
        b.incidentId(),
        b.reason(),
        b.startsOn(),
        b.endsOn(),
        b.employerId().orElse(null),
        b.liftedAt().isPresent());
  }

  /** One entry of the blacklist. */
  public record BlacklistView(
      long id,
      long candidateAccountId,
      long incidentId,
      String reason,
      LocalDate startsOn,
      LocalDate endsOn,
      Long employerId,
      boolean lifted) {}
}
