package org.zhaokao.recruitment.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnouncementHtmlTest {

  @Test
  void keepsTheFormattingAnAnnouncementNeeds() {
    String html =
        "<h2>一、招聘计划</h2><p class=\"ql-align-center\"><strong>12名</strong></p>"
            + "<ol><li>条件一</li></ol><table><tbody><tr><td colspan=\"2\">岗位</td></tr></tbody></table>";
    String clean = AnnouncementHtml.sanitise(html);
    assertTrue(clean.contains("<h2>一、招聘计划</h2>"), clean);
    assertTrue(clean.contains("class=\"ql-align-center\""), clean);
    assertTrue(clean.contains("<strong>12名</strong>"), clean);
    assertTrue(clean.contains("<li>条件一</li>"), clean);
    assertTrue(clean.contains("colspan=\"2\""), clean);
  }

  @Test
  void dropsScriptsHandlersAndDangerousLinks() {
    String clean =
        AnnouncementHtml.sanitise(
            "<p onclick=\"steal()\">报名</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">点此</a><img src=x onerror=alert(1)>"
                + "<iframe src=\"https://evil.example\"></iframe><p style=\"background:url(x)\">x</p>");
    assertFalse(clean.contains("script"), clean);
    assertFalse(clean.contains("onclick"), clean);
    assertFalse(clean.contains("javascript"), clean);
    assertFalse(clean.contains("onerror"), clean);
    assertFalse(clean.contains("iframe"), clean);
    assertFalse(clean.contains("style"), clean);
    assertTrue(clean.contains("报名"), clean);
  }

  @Test
  void linksOpenWithoutHandingOverThePage() {
    String clean =
        AnnouncementHtml.sanitise("<a href=\"https://www.gov.cn/\" target=\"_blank\">政府网</a>");
    assertTrue(clean.contains("href=\"https://www.gov.cn/\""), clean);
    assertTrue(clean.contains("noopener"), clean);
    assertTrue(clean.contains("noreferrer"), clean);
  }

  @Test
  void anEditorsEmptyParagraphIsNoText() {
    assertFalse(AnnouncementHtml.hasText(AnnouncementHtml.sanitise("<p><br></p>")));
    assertFalse(AnnouncementHtml.hasText(AnnouncementHtml.sanitise("<script>x</script>")));
    assertTrue(AnnouncementHtml.hasText(AnnouncementHtml.sanitise("<p>公告</p>")));
    assertEquals("", AnnouncementHtml.sanitise(null));
  }
}
