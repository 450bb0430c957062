package org.zhaokao.it.plugins.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.notify.Notifier;

/**
 * A stage plugin that notifies through the SPI, as a real stage does: it brings templates for its
 * event {@code notify-probe.result} and uses {@link CoreServices#notifier()}.
 */
public class ProbePlugin implements StagePlugin {

  static final String EVENT = "notify-probe.result";

  private volatile Notifier notifier;

  @Override
  public StageDescriptor descriptor() {
    return StageDescriptor.builder("notify-probe", "1.0.0", SpiVersion.CURRENT)
        .nameKey("probe.name")
        .descriptionKey("probe.description")
        .build();
  }

  @Override
  public List<NotificationTemplate> notificationTemplates() {
    List<NotificationTemplate> t = new ArrayList<>();
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale en = Locale.ENGLISH;
    t.add(
        new NotificationTemplate(
            EVENT, NotificationChannel.INBOX, zh, "成绩通知", "${name}，您的成绩为${score}分。"));
    t.add(
        new NotificationTemplate(
            EVENT, NotificationChannel.EMAIL, zh, "成绩通知：${name}", "${name}，您好！\n您的成绩为${score}分。"));
    t.add(
        new NotificationTemplate(
            EVENT, NotificationChannel.SMS, zh, "", "${name}您好，您的成绩为${score}分。"));
    t.add(
        new NotificationTemplate(
            EVENT,
            NotificationChannel.INBOX,
            en,
            "Your score",
            "${name}, your score is ${score}."));
    t.add(
        new NotificationTemplate(
            EVENT,
            NotificationChannel.EMAIL,
            en,
            "Your score, ${name}",
            "Dear ${name},\nyour score is ${score}."));
    return t;
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(
        "org.zhaokao.it.plugins.notify.messages", locale, ProbePlugin.class.getClassLoader());
  }

  @Override
  public void init(StageConfig config) {
    // no settings
  }

  @Override
  public void postInit(CoreServices core) {
    notifier = core.notifier();
  }

  @Override
  public void close() {
    notifier = null;
  }

  Notifier notifier() {
    Notifier n = notifier;
    if (n == null) {
      throw new IllegalStateException("the probe plugin is not active");
    }
    return n;
  }
}
