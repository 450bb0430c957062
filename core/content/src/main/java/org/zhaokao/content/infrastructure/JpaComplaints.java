package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.content.domain.complaint.Complaint;
import org.zhaokao.content.domain.complaint.ComplaintNote;
import org.zhaokao.content.domain.complaint.Complaints;

/** {@link Complaints} in {@code core_complaint} and {@code core_complaint_note}. */
@ApplicationScoped
public class JpaComplaints implements Complaints {

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public Complaint add(Complaint complaint) {
    em.persist(complaint);
    return complaint;
  }

  @Override
  public Optional<Complaint> find(long id) {
    return Optional.ofNullable(em.find(Complaint.class, id));
  }

  @Override
  public Optional<Complaint> findByTicket(String ticket) {
    return em.createQuery("SELECT c FROM Complaint c WHERE c.ticket = :t", Complaint.class)
        .setParameter("t", ticket)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Complaint> newest(int limit) {
    return em.createQuery("SELECT c FROM Complaint c ORDER BY c.filedAt DESC", Complaint.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void addNote(ComplaintNote note) {
    em.persist(note);
  }

  @Override
  public List<ComplaintNote> notes(long complaintId) {
    return em.createQuery(
            "SELECT n FROM ComplaintNote n WHERE n.complaintId = :c ORDER BY n.createdAt, n.id",
            ComplaintNote.class)
        .setParameter("c", complaintId)
        .getResultList();
  }
}
