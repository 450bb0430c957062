package org.zhaokao.it.plugins.notify;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;

/**
 * What a test asks the probe to notify, as JSON.
 *
 * @param eventType event
 * @param key idempotency key
 * @param locale language tag, zh-CN when absent
 * @param recipients recipients
 * @param parameters template parameters
 * @param channels allowed channels besides the inbox; all when absent
 */
public record ProbeRequest(
    String eventType,
    String key,
    String locale,
    List<To> recipients,
    Map<String, String> parameters,
    List<String> channels) {

  /** One recipient; any field may be absent. */
  public record To(String accountId, String email, String mobile) {}

  /** The SPI request; throws {@link IllegalArgumentException} on what the SPI refuses. */
  NotificationRequest toRequest() {
    NotificationRequest.Builder b =
        NotificationRequest.builder(eventType, key)
            .locale(locale == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(locale));
    if (parameters != null) {
      parameters.forEach(b::parameter);
    }
    if (channels != null) {
      EnumSet<NotificationChannel> allowed = EnumSet.noneOf(NotificationChannel.class);
      channels.forEach(c -> allowed.add(NotificationChannel.valueOf(c)));
      b.onlyChannels(allowed);
    }
    for (To to : recipients == null ? List.<To>of() : recipients) {
      b.to(
          new Recipient(
              Optional.ofNullable(to.accountId()),
              Optional.ofNullable(to.email()),
              Optional.ofNullable(to.mobile())));
    }
    return b.build();
  }
}
