package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.content.domain.setting.SiteSetting;
import org.zhaokao.content.domain.setting.SiteSettings;

/** {@link SiteSettings} in {@code core_site_setting}. */
@ApplicationScoped
public class JpaSiteSettings implements SiteSettings {

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public Optional<SiteSetting> find(String key) {
    return Optional.ofNullable(em.find(SiteSetting.class, key));
  }

  @Override
  public List<SiteSetting> all() {
    return em.createQuery("SELECT s FROM SiteSetting s", SiteSetting.class).getResultList();
  }

  @Override
  public void add(SiteSetting setting) {
    em.persist(setting);
  }
}
