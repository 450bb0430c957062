package org.zhaokao.content.domain.setting;

import java.util.List;
import java.util.Optional;

/** Repository of site settings. */
public interface SiteSettings {

  Optional<SiteSetting> find(String key);

  List<SiteSetting> all();

  void add(SiteSetting setting);
}
