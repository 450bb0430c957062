package org.zhaokao.web.console.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.notification.application.template.EventView;
import org.zhaokao.notification.application.template.Preview;
import org.zhaokao.notification.application.template.TemplateCatalog;
import org.zhaokao.notification.application.template.TemplateValidationException;
import org.zhaokao.notification.application.template.TemplateView;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.notification.domain.template.TemplateViolation;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.web.security.Login;

/**
 * The console's template editor (通知模板): pick an event, a channel and a language, edit the text,
 * preview it filled with the event's sample values, save. A refused save lists every reason. A link
 * may name the event to open with {@code ?event=admission.published}.
 */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TemplateCatalog catalog;
  @Inject private Login login;

  private List<String> events;
  private String eventType;
  private String channel = NotificationChannel.INBOX.name();
  private String locale = SupportedLocales.DEFAULT.toLanguageTag();
  private String subject;
  private String body;
  private boolean exists;
  private boolean edited;
  private Preview preview;

  @PostConstruct
  void init() {
    events = catalog.events().stream().map(EventView::eventType).toList();
    if (!events.isEmpty()) {
      String asked =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("event");
      eventType = events.contains(asked) ? asked : events.get(0);
      load();
    }
  }

  /** Loads the template the selectors point at (empty fields if the event has none there). */
  public void load() {
    preview = null;
    var found = catalog.template(key());
    exists = found.isPresent();
    subject = found.map(TemplateView::subject).orElse("");
    body = found.map(TemplateView::body).orElse("");
    edited = found.map(TemplateView::edited).orElse(false);
  }

  public void preview() {
    preview = catalog.preview(key(), subject, body);
    preview.violations().forEach(this::error);
  }

  public void save() {
    try {
      TemplateView saved = catalog.save(login.actor(), key(), subject, body);
      exists = true;
      edited = saved.edited();
      preview = catalog.preview(key(), subject, body);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  MessageFormat.format(text("console.templates.saved"), key().toString()),
                  null));
    } catch (TemplateValidationException e) {
      e.violations().forEach(this::error);
    }
  }

  /** The event's placeholders as {@code ${name} = sample}, for the editor's help text. */
  public List<String> getParameters() {
    return catalog
        .event(eventType)
        .map(
            e ->
                e.parameters().entrySet().stream()
                    .map(p -> "${" + p.getKey() + "} = " + p.getValue())
                    .toList())
        .orElse(List.of());
  }

  public List<String> getChannels() {
    return List.of("INBOX", "EMAIL", "SMS");
  }

  public List<String> getLocales() {
    return SupportedLocales.ALL.stream().map(Locale::toLanguageTag).toList();
  }

  public boolean isSms() {
    return NotificationChannel.SMS.name().equals(channel);
  }

  private TemplateKey key() {
    return TemplateKey.of(
        eventType, NotificationChannel.valueOf(channel), Locale.forLanguageTag(locale));
  }

  /** The violation in the viewer's language, next to the field it is about. */
  private void error(TemplateViolation v) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "notification.violation." + v.code();
    String text = v.message();
    if (msg.containsKey(key)) {
      List<Object> args = new ArrayList<>();
      args.add(msg.getString("notification.field." + v.field()));
      args.addAll(v.arguments());
      text =
          new MessageFormat(msg.getString(key), faces.getViewRoot().getLocale())
              .format(args.toArray());
    }
    faces.addMessage(
        "template-form:" + v.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return msg.getString(key);
  }

  public List<String> getEvents() {
    return events;
  }

  public String getEventType() {
    return eventType;
  }

  public void setEventType(String eventType) {
    this.eventType = eventType;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isExists() {
    return exists;
  }

  public boolean isEdited() {
    return edited;
  }

  public boolean isPreviewShown() {
    return preview != null && preview.violations().isEmpty();
  }

  public String getPreviewSubject() {
    return preview == null ? "" : preview.subject();
  }

  public String getPreviewBody() {
    return preview == null ? "" : preview.body();
  }

  public int getPreviewLength() {
    return preview == null ? 0 : preview.length();
  }
}
