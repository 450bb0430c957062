package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.content.domain.page.ContentPage;
import org.zhaokao.content.domain.page.PageKind;
import org.zhaokao.content.domain.page.PageVersion;
import org.zhaokao.content.domain.page.Pages;

/** {@link Pages} in {@code core_content_page} and {@code core_content_version}. */
@ApplicationScoped
public class JpaPages implements Pages {

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public Optional<ContentPage> find(long id) {
    return Optional.ofNullable(em.find(ContentPage.class, id));
  }

  @Override
  public List<ContentPage> all() {
    return em.createQuery(
            "SELECT p FROM ContentPage p ORDER BY p.kind, p.sortOrder, p.id", ContentPage.class)
        .getResultList();
  }

  @Override
  public List<ContentPage> published(PageKind kind) {
    return em.createQuery(
            "SELECT p FROM ContentPage p WHERE p.kind = :kind AND p.publishedVersion > 0"
                + " ORDER BY p.sortOrder, p.id",
            ContentPage.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public ContentPage add(ContentPage page) {
    em.persist(page);
    return page;
  }

  @Override
  public void addVersion(PageVersion version) {
    em.persist(version);
  }

  @Override
  public List<PageVersion> versions(long pageId) {
    return em.createQuery(
            "SELECT v FROM PageVersion v WHERE v.pageId = :page ORDER BY v.number DESC",
            PageVersion.class)
        .setParameter("page", pageId)
        .getResultList();
  }

  @Override
  public Optional<PageVersion> version(long pageId, int number) {
    return em.createQuery(
            "SELECT v FROM PageVersion v WHERE v.pageId = :page AND v.number = :number",
            PageVersion.class)
        .setParameter("page", pageId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
