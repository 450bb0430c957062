package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Site content pages made for a test: drafts by the administrator, published by the publisher. */
public final class SiteContent {

  public static final String PAGES = "/zhaokao/api/v1/admin/content/pages";

  /** An approval confirming every review criterion. */
  public static final String ALL_CRITERIA =
      "{\"criteria\":[\"ACCURATE\",\"COMPLIANT\",\"NO_PERSONAL_DATA\",\"LINKS_CHECKED\",\"CLEAR\"]}";

  private SiteContent() {}

  public static String form(String kind, String title, String html) {
    return jakarta.json.Json.createObjectBuilder()
        .add("kind", kind)
        .add("sortOrder", 0)
        .add("title", title)
        .add("bodyHtml", html)
        .build()
        .toString();
  }

  /** A draft written by the administrator; its id. */
  public static long draft(String kind, String title, String html) {
    HttpResponse<String> r = Admin.post(PAGES, "", form(kind, title, html));
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  /** The administrator submits, the publisher (a content editor) approves. */
  public static void publish(long id) {
    expect(200, Admin.post(PAGES + "/" + id + "/submission", "", ""));
    expect(200, Recruiting.publisher().post(PAGES + "/" + id + "/approval", ALL_CRITERIA));
  }

  public static JsonObject view(long id) {
    HttpResponse<String> r = Admin.get(PAGES + "/" + id);
    expect(200, r);
    return Http.object(r);
  }
}
