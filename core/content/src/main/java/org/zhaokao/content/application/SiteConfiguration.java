package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.zhaokao.content.domain.setting.SettingKey;
import org.zhaokao.content.domain.setting.SiteSetting;
import org.zhaokao.content.domain.setting.SiteSettings;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.plugins.api.site.Licences;
import org.zhaokao.recruitment.application.Guard;

/**
 * The site settings staff edit (系统设置): the licences in every footer (SPEC P1) and the complaint
 * answer deadline (Q3). A change needs {@code settings:manage}, is checked whole (nothing is saved
 * when one value is refused) and audited with the old and new value of each key it changes.
 */
@Stateless
public class SiteConfiguration {

  @Inject private SiteSettings settings;
  @Inject private Guard guard;

  /** Every setting with its current value (the default when never set), by key. */
  public Map<String, String> values() {
    Map<String, String> out = new LinkedHashMap<>();
    for (SettingKey k : SettingKey.values()) {
      out.put(k.key(), value(k));
    }
    return out;
  }

  /** The current value of one setting. */
  public String value(SettingKey key) {
    return settings.find(key.key()).map(SiteSetting::value).orElse(key.defaultValue());
  }

  /** The licences for the footer: number and image of each. */
  public Licences licences() {
    return new Licences(
        value(SettingKey.BUSINESS_LICENCE_NUMBER),
        value(SettingKey.BUSINESS_LICENCE_IMAGE),
        value(SettingKey.HR_LICENCE_NUMBER),
        value(SettingKey.HR_LICENCE_IMAGE),
        value(SettingKey.ICP_NUMBER),
        value(SettingKey.ICP_LINK));
  }

  /** Working days within which a complaint is answered. */
  public int complaintAnswerDays() {
    return Integer.parseInt(value(SettingKey.COMPLAINT_ANSWER_DAYS));
  }

  /**
   * Sets the given keys (others keep their value). 422 naming each unknown key or refused value.
   *
   * @return every setting after the change
   */
  public Map<String, String> update(Actor actor, Map<String, String> changes) {
    guard.require(actor, ContentPermissions.SETTINGS, "site-settings", "");
    Checks checks = new Checks();
    if (changes == null || changes.isEmpty()) {
      checks.require(false, "settings", "required", "Name at least one setting");
    } else {
      changes.forEach(
          (k, v) ->
              SettingKey.of(k)
                  .ifPresentOrElse(
                      key -> checks.require(key.accepts(v), k, "setting", key.rule()),
                      () -> checks.require(false, k, "setting.unknown", "No such setting")));
    }
    checks.throwIfAny();
    changes.forEach((k, v) -> set(actor, k, v.strip()));
    return values();
  }

  private void set(Actor actor, String key, String value) {
    String old = value(SettingKey.of(key).orElseThrow());
    if (Objects.equals(old, value)) {
      return;
    }
    settings
        .find(key)
        .ifPresentOrElse(
            s -> s.change(value, actor.accountId(), PageEditing.now()),
            () -> settings.add(new SiteSetting(key, value, actor.accountId(), PageEditing.now())));
    guard.record(
        guard
            .entry(actor, "settings.changed")
            .target("site-setting", key)
            .detail("old", old)
            .detail("new", value));
  }
}
