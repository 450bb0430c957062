package org.zhaokao.interview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.ScoreSheet;
import org.zhaokao.interview.domain.ScoringScheme;
import org.zhaokao.interview.domain.Slot;

/** The interview's records in JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaInterviewStore implements InterviewStore {

  @PersistenceContext(unitName = "interview")
  private EntityManager em;

  @Override
  public Optional<ScoringScheme> scheme(long recruitmentId) {
    return byId(ScoringScheme.class, recruitmentId);
  }

  @Override
  public void add(Object record) {
    em.persist(record);
  }

  @Override
  public Optional<Panel> panel(long id) {
    return byId(Panel.class, id);
  }

  @Override
  public List<Panel> panels(long recruitmentId) {
    return em.createQuery(
            "select p from Panel p where p.recruitmentId = :r order by p.name", Panel.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public List<Panel> panelsExaminedBy(long accountId) {
    return em.createQuery(
            "select p from Panel p where :a member of p.examiners"
                + " order by p.recruitmentId desc, p.name",
            Panel.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public boolean panelNamed(long recruitmentId, String name) {
    return !em.createQuery(
            "select p.id from Panel p where p.recruitmentId = :r and p.name = :n", Long.class)
        .setParameter("r", recruitmentId)
        .setParameter("n", name)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<InterviewSession> session(long id) {
    return byId(InterviewSession.class, id);
  }

  @Override
  public List<InterviewSession> sessions(long panelId) {
    return em.createQuery(
            "select s from InterviewSession s where s.panelId = :p order by s.date, s.id",
            InterviewSession.class)
        .setParameter("p", panelId)
        .getResultList();
  }

  @Override
  public boolean anyDrawn(long recruitmentId) {
    return !em.createQuery(
            "select s.id from InterviewSession s, Panel p where s.panelId = p.id"
                + " and p.recruitmentId = :r and s.seed is not null",
            Long.class)
        .setParameter("r", recruitmentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Slot> slot(long id) {
    return byId(Slot.class, id);
  }

  @Override
  public List<Slot> slotsOfSession(long sessionId) {
    return em.createQuery(
            "select s from Slot s where s.sessionId = :s"
                + " order by s.drawOrder nulls last, s.applicationId",
            Slot.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  @Override
  public List<Slot> slotsOfPanel(long panelId) {
    return em.createQuery(
            "select s from Slot s, InterviewSession x where s.sessionId = x.id and s.panelId = :p"
                + " order by x.date, x.id, s.drawOrder nulls last, s.applicationId",
            Slot.class)
        .setParameter("p", panelId)
        .getResultList();
  }

  @Override
  public List<Long> assigned(long recruitmentId, List<Long> applicationIds) {
    if (applicationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s.applicationId from Slot s where s.recruitmentId = :r"
                + " and s.applicationId in :a",
            Long.class)
        .setParameter("r", recruitmentId)
        .setParameter("a", applicationIds)
        .getResultList();
  }

  @Override
  public Optional<ScoreSheet> sheet(long id) {
    return byId(ScoreSheet.class, id);
  }

  @Override
  public Optional<ScoreSheet> sheet(long slotId, long examinerAccountId) {
    return first(
        em.createQuery(
                "select s from ScoreSheet s where s.slotId = :s and s.examinerAccountId = :e",
                ScoreSheet.class)
            .setParameter("s", slotId)
            .setParameter("e", examinerAccountId));
  }

  @Override
  public Optional<Slot> slotOf(long recruitmentId, long applicationId) {
    return first(
        em.createQuery(
                "select s from Slot s where s.recruitmentId = :r and s.applicationId = :a",
                Slot.class)
            .setParameter("r", recruitmentId)
            .setParameter("a", applicationId));
  }

  @Override
  public List<ScoreSheet> sheetsOfPanel(long panelId) {
    return em.createQuery(
            "select h from ScoreSheet h, Slot s where h.slotId = s.id and s.panelId = :p"
                + " order by s.id, h.examinerAccountId",
            ScoreSheet.class)
        .setParameter("p", panelId)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }

  /** The one way this store finds a record by its key. */
  private <T> Optional<T> byId(Class<T> type, Object id) {
    return Optional.ofNullable(em.find(type, id));
  }

  /** The first result of a query that finds at most one (a unique key). */
  private static <T> Optional<T> first(TypedQuery<T> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }
}
