package org.zhaokao.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.notification.domain.delivery.NewDelivery;
import org.zhaokao.notification.domain.template.MessageTemplate;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.notify.NotificationRejectedException;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Recipient;

class DeliveryPlannerTest {

  private final Map<TemplateKey, MessageTemplate> templates = new HashMap<>();
  private final DeliveryPlanner planner =
      new DeliveryPlanner(k -> Optional.ofNullable(templates.get(k)));

  private void template(NotificationChannel channel, String locale, String subject, String body) {
    TemplateKey key = new TemplateKey("review.approved", channel, locale);
    templates.put(key, new MessageTemplate(key, subject, body, OffsetDateTime.now()));
  }

  private NotificationRequest.Builder request() {
    return NotificationRequest.builder("review.approved", "review.approved:a-1")
        .parameter("name", "张三")
        .parameter("position", "综合管理岗");
  }

  @Test
  void eachRecipientGetsEveryChannelItCanBeReachedOn() {
    template(NotificationChannel.INBOX, "zh-CN", "审核通过", "${name}：${position}已通过");
    template(NotificationChannel.EMAIL, "zh-CN", "审核通过：${position}", "${name}，您好");
    template(NotificationChannel.SMS, "zh-CN", "", "${name}您好，${position}已通过");
    List<NewDelivery> planned =
        planner.plan(
            request()
                .to(
                    Recipient.account("c-1")
                        .withEmail("ZhangSan@Example.com")
                        .withMobile("+86 138-1234-5678"))
                .to(Recipient.email("li@example.com"))
                .build());
    assertEquals(
        List.of(
            "INBOX account:c-1",
            "EMAIL zhangsan@example.com",
            "SMS 13812345678",
            "EMAIL li@example.com"),
        planned.stream().map(d -> d.channel() + " " + d.recipientKey()).toList());
    assertEquals("张三：综合管理岗已通过", planned.get(0).body());
    assertEquals("审核通过：综合管理岗", planned.get(1).subject());
    assertEquals("ZhangSan@Example.com", planned.get(1).address());
    assertEquals("c-1", planned.get(2).accountId());
    assertEquals("{\"name\":\"张三\",\"position\":\"综合管理岗\"}", planned.get(2).templateParameters());
    assertNull(planned.get(1).templateParameters());
  }

  @Test
  void aChannelWithoutTemplateOrNotAllowedIsSkipped() {
    template(NotificationChannel.INBOX, "zh-CN", "审核通过", "${name}");
    template(NotificationChannel.EMAIL, "zh-CN", "审核通过", "${name}");
    List<NewDelivery> planned =
        planner.plan(
            request()
                .onlyChannels(EnumSet.of(NotificationChannel.SMS))
                .to(Recipient.account("c-1").withEmail("a@example.com").withMobile("13812345678"))
                .build());
    assertEquals(
        List.of(NotificationChannel.INBOX), planned.stream().map(NewDelivery::channel).toList());
  }

  @Test
  void englishFallsBackToChineseWhenTheEventHasNoEnglishText() {
    template(NotificationChannel.INBOX, "zh-CN", "审核通过", "中文 ${name}");
    template(NotificationChannel.EMAIL, "en", "Passed", "English ${name}");
    template(NotificationChannel.EMAIL, "zh-CN", "通过", "中文 ${name}");
    List<NewDelivery> planned =
        planner.plan(
            request()
                .locale(Locale.ENGLISH)
                .to(Recipient.account("c-1").withEmail("a@example.com"))
                .build());
    assertEquals("中文 张三", planned.get(0).body());
    assertEquals("English 张三", planned.get(1).body());
  }

  @Test
  void aMissingParameterNamesTheTemplateAndTheParameter() {
    template(NotificationChannel.INBOX, "zh-CN", "成绩", "${name}的成绩：${score}");
    NotificationRejectedException e =
        assertThrows(
            NotificationRejectedException.class,
            () -> planner.plan(request().to(Recipient.account("c-1")).build()));
    assertEquals(
        "template review.approved/INBOX/zh-CN needs 'score', which the request lacks",
        e.getMessage());
  }

  @Test
  void anAccountNeedsAnInboxTemplate() {
    template(NotificationChannel.EMAIL, "zh-CN", "审核通过", "${name}");
    assertThrows(
        NotificationRejectedException.class,
        () -> planner.plan(request().to(Recipient.account("c-1")).build()));
    assertEquals(1, planner.plan(request().to(Recipient.email("a@example.com")).build()).size());
  }

  @Test
  void aParameterCannotBreakTheSubjectLine() {
    template(NotificationChannel.INBOX, "zh-CN", "通知：${name}", "${name}");
    NewDelivery d =
        planner
            .plan(
                NotificationRequest.builder("review.approved", "k")
                    .parameter("name", "张三\r\nBcc: evil@example.com")
                    .to(Recipient.account("c-1"))
                    .build())
            .get(0);
    assertEquals("通知：张三 Bcc: evil@example.com", d.subject());
    assertTrue(d.body().contains("\r\n"));
  }
}
