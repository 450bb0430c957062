package org.zhaokao.recruitment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Confirmation;
import org.zhaokao.recruitment.domain.application.TicketCounter;
import org.zhaokao.recruitment.domain.application.TicketPattern;
import org.zhaokao.recruitment.domain.application.Tickets;

/** {@link Tickets} in {@code core_ticket_counter} (one row per recruitment) and applications. */
@ApplicationScoped
public class JpaTickets implements Tickets {

  @PersistenceContext(unitName = "recruitment")
  private EntityManager em;

  @Override
  public TicketCounter lock(long recruitmentId) {
    // Two first issuers may race to make the row: the loser's insert does nothing, and both
    // then queue on the row lock.
    em.createNativeQuery(
            "INSERT INTO core_ticket_counter (recruitment_id, pattern, last_seq)"
                + " VALUES (?1, ?2, 0) ON CONFLICT DO NOTHING")
        .setParameter(1, recruitmentId)
        .setParameter(2, TicketPattern.DEFAULT)
        .executeUpdate();
    return em.find(TicketCounter.class, recruitmentId, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<TicketCounter> find(long recruitmentId) {
    return Optional.ofNullable(em.find(TicketCounter.class, recruitmentId));
  }

  @Override
  public List<Application> awaitingNumbers(long recruitmentId) {
    return em.createQuery(
            "SELECT a FROM Application a, Position p WHERE p.id = a.positionId"
                + " AND a.recruitmentId = :r AND a.status = :s AND a.confirmation.state = :c"
                + " AND a.ticketNumber IS NULL ORDER BY p.code, a.submittedAt, a.id",
            Application.class)
        .setParameter("r", recruitmentId)
        .setParameter("s", ApplicationStatus.APPROVED)
        .setParameter("c", Confirmation.CONFIRMED)
        .getResultList();
  }
}
