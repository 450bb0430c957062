package org.zhaokao.recruitment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.recruitment.domain.attachment.Attachment;
import org.zhaokao.recruitment.domain.attachment.AttachmentContent;
import org.zhaokao.recruitment.domain.attachment.AttachmentKind;
import org.zhaokao.recruitment.domain.attachment.Attachments;

/** {@link Attachments} in {@code core_application_attachment} and its content table. */
@ApplicationScoped
public class JpaAttachments implements Attachments {

  @PersistenceContext(unitName = "recruitment")
  private EntityManager em;

  @Override
  public List<Attachment> of(long applicationId) {
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.applicationId = :a"
                + " ORDER BY CASE WHEN a.kind = :photo THEN 0 ELSE 1 END, a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("a", applicationId)
        .setParameter("photo", AttachmentKind.PHOTO)
        .getResultList();
  }

  @Override
  public Optional<Attachment> find(long attachmentId) {
    return Optional.ofNullable(em.find(Attachment.class, attachmentId));
  }

  @Override
  public void add(Attachment attachment) {
    em.persist(attachment);
  }

  @Override
  public void add(AttachmentContent content) {
    em.persist(content);
  }

  @Override
  public Optional<AttachmentContent> content(long attachmentId) {
    return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId));
  }

  @Override
  public void remove(Attachment attachment) {
    content(attachment.id()).ifPresent(em::remove);
    em.flush();
    em.remove(attachment);
  }
}
