package org.zhaokao.notification.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.notification.application.delivery.OutgoingMessage;
import org.zhaokao.plugins.api.NotificationChannel;

/** The e-mail as a real SMTP server (GreenMail) receives it. */
class MailComposerTest {

  private GreenMail smtp;
  private Session session;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
    p.put("mail.from", "noreply@zhaokao.local");
    session = Session.getInstance(p);
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void chineseSubjectAndBothPartsArriveIntact() throws Exception {
    String body = "张三，您好！\n\n您报考的“综合管理岗”已通过资格审核。\n请按公告安排打印准考证。";
    Transport.send(
        MailComposer.compose(
            session,
            new OutgoingMessage(
                "d-42",
                "review.approved",
                NotificationChannel.EMAIL,
                "zhangsan@example.com",
                Locale.SIMPLIFIED_CHINESE,
                "资格审核通过：2026年市属事业单位公开招聘",
                body,
                Map.of())));
    assertTrue(smtp.waitForIncomingEmail(5000, 1));
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertEquals("资格审核通过：2026年市属事业单位公开招聘", received.getSubject());
    assertTrue(
        received.getHeader("Subject")[0].startsWith("=?UTF-8?"), received.getHeader("Subject")[0]);
    assertEquals("d-42", received.getHeader(MailComposer.DELIVERY_HEADER)[0]);
    assertEquals("zh-CN", received.getHeader("Content-Language")[0]);
    Multipart parts = (Multipart) received.getContent();
    assertEquals(2, parts.getCount());
    assertEquals(body, ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
    String html = (String) parts.getBodyPart(1).getContent();
    assertTrue(html.contains("<p>您报考的“综合管理岗”已通过资格审核。<br>请按公告安排打印准考证。</p>"), html);
  }

  @Test
  void htmlEscapesWhatCameFromParameters() {
    String html = EmailHtml.of("通知", "姓名：<script>alert(1)</script> & co", Locale.ENGLISH);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), html);
    assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en\">"), html);
  }
}
