package org.zhaokao.web.content;

import java.io.Serializable;
import org.zhaokao.content.application.ComplaintForm;
import org.zhaokao.content.domain.complaint.ComplaintChannel;

/**
 * What a complaint form holds while it is being filled in, on the portal (a visitor's complaint)
 * and in the console (one received by phone or e-mail): bound as {@code #{page.complaint.name}}
 * etc.
 */
public class ComplaintFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String contact;
  private String subject;
  private String body;

  /** The complaint as the application service takes it, received through {@code channel}. */
  public ComplaintForm toForm(ComplaintChannel channel) {
    return new ComplaintForm(name, contact, subject, body, channel);
  }

  /** Empties the form for the next complaint. */
  public void clear() {
    name = contact = subject = body = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
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
}
