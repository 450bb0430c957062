package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.zhaokao.content.domain.feedback.Feedback;
import org.zhaokao.content.domain.feedback.Feedbacks;

/** {@link Feedbacks} in {@code core_feedback}. */
@ApplicationScoped
public class JpaFeedbacks implements Feedbacks {

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public Feedback add(Feedback feedback) {
    em.persist(feedback);
    return feedback;
  }

  @Override
  public List<Feedback> newest(int limit) {
    return em.createQuery(
            "SELECT f FROM Feedback f ORDER BY f.createdAt DESC, f.id DESC", Feedback.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
