package org.zhaokao.notification.domain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.NotificationChannel;

class TemplateRulesTest {

  private final EventType approved =
      new EventType(
          "review.approved",
          EventType.CORE,
          Map.of("name", "张三", "recruitment", "2026年市属事业单位公开招聘", "position", "综合管理岗"));
  private final TemplateRules rules = new TemplateRules(new SmsLength(1));

  @Test
  void aTemplateUsingTheEventsParametersPasses() {
    assertEquals(
        List.of(),
        rules.check(approved, NotificationChannel.EMAIL, "审核通过：${recruitment}", "${name}，您好！"));
    assertEquals(
        List.of(),
        rules.check(approved, NotificationChannel.SMS, "", "${name}您好，${position}审核已通过。"));
  }

  @Test
  void anUnknownPlaceholderIsNamedWithWhatTheEventOffers() {
    List<TemplateViolation> v =
        rules.check(approved, NotificationChannel.INBOX, "通知", "${name}的成绩是${score}");
    assertEquals(1, v.size());
    assertEquals("body", v.get(0).field());
    assertEquals("UNKNOWN_PLACEHOLDER", v.get(0).code());
    assertTrue(v.get(0).message().contains("${score}"), v.get(0).message());
    assertTrue(v.get(0).message().contains("${position}"), v.get(0).message());
  }

  @Test
  void anSmsOverTheLimitSaysHowLongItIs() {
    String body = "${name}您好，" + "这是一段很长的短信内容。".repeat(6);
    List<TemplateViolation> v = rules.check(approved, NotificationChannel.SMS, "", body);
    assertEquals(1, v.size());
    assertEquals("SMS_TOO_LONG", v.get(0).code());
    int length = 2 + 3 + 12 * 6;
    assertTrue(v.get(0).message().contains(length + " characters"), v.get(0).message());
    assertTrue(v.get(0).message().contains("limit of 70"), v.get(0).message());
  }

  @Test
  void emailAndInboxNeedASubjectSmsDoesNot() {
    assertEquals(
        "REQUIRED", rules.check(approved, NotificationChannel.EMAIL, " ", "正文").get(0).code());
    assertEquals(List.of(), rules.check(approved, NotificationChannel.SMS, "", "正文"));
  }

  @Test
  void everyProblemIsListedAtOnce() {
    List<TemplateViolation> v =
        rules.check(approved, NotificationChannel.EMAIL, "${oops", "${a} ${b}");
    assertEquals(
        List.of("SYNTAX", "UNKNOWN_PLACEHOLDER", "UNKNOWN_PLACEHOLDER"),
        v.stream().map(TemplateViolation::code).toList());
  }
}
