package org.zhaokao.recruitment.domain.recruitment;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans the rich text of an announcement (招考公告) before it is stored. The announcement is shown to
 * every visitor of the most-visited pages of the season, so whatever an editor's browser sends is
 * reduced to the formatting an announcement needs: headings, paragraphs, emphasis, lists, tables,
 * links (http, https, mailto; opened without the page's window), and the alignment and colour
 * classes of PrimeFaces' text editor. Scripts, event handlers, styles, frames, forms and images are
 * dropped (images and files become attachments in a later slice).
 */
public final class AnnouncementHtml {

  /** Longest announcement kept, in characters after cleaning. */
  public static final int MAX_LENGTH = 200_000;

  private static final Pattern EDITOR_CLASS =
      Pattern.compile("(ql-(align|indent|size|direction)-[a-z0-9-]+)( ql-[a-z0-9-]+)*");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "h1",
              "h2",
              "h3",
              "h4",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "ul",
              "ol",
              "li",
              "blockquote",
              "pre",
              "span",
              "a",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "hr")
          .allowAttributes("class")
          .matching(EDITOR_CLASS)
          .onElements("p", "span", "li", "h1", "h2", "h3", "h4", "blockquote")
          .allowAttributes("colspan", "rowspan")
          .matching(Pattern.compile("[1-9][0-9]?"))
          .onElements("td", "th")
          .allowAttributes("href")
          .onElements("a")
          .allowStandardUrlProtocols()
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowAttributes("target")
          .matching(Pattern.compile("_blank"))
          .onElements("a")
          .toFactory();

  private AnnouncementHtml() {}

  /** The safe subset of {@code html}; empty for null. */
  public static String sanitise(String html) {
    return html == null ? "" : POLICY.sanitize(html).trim();
  }

  /** Whether {@code sanitised} shows any text at all (an editor's empty {@code <p><br></p>}). */
  public static boolean hasText(String sanitised) {
    return !sanitised
        .replaceAll("<[^>]*>", "")
        .replace("&nbsp;", "")
        .replace("&#160;", "")
        .isBlank();
  }
}
