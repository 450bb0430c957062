package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.InterviewIT.text;
import static org.zhaokao.it.support.InterviewDesk.API;
import static org.zhaokao.it.support.InterviewDesk.missing;
import static org.zhaokao.it.support.InterviewDesk.ok;
import static org.zhaokao.it.support.Recruiting.expect;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.InterviewDeployments;
import org.zhaokao.it.support.InterviewDesk;
import org.zhaokao.it.support.InterviewDesk.Desk;
import org.zhaokao.it.support.Notifications;

/**
 * The interview notice and the online form: staff send each candidate one notification however
 * often they send; the candidate sees the interview on the portal page and downloads the notice PDF
 * (time, place, session, what to bring, rules, a sign-in QR code) — nobody else's; the meeting link
 * shows only in the candidate's time slot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterviewNoticeIT extends InterviewDeployments {

  @Test
  void candidatesAreNoticedOnceAndDownloadTheirOwnNotice() throws Exception {
    Desk d = InterviewDesk.open(2);
    List<Long> a = d.apps();
    long session = d.ready()[1];
    Map<Long, Long> slotOf = slots(session);
    Browsing c0 = d.setup().people().get(0);
    Browsing c1 = d.setup().people().get(1);
    long s0 = slotOf.get(a.get(0));

    // Sending twice notifies each candidate once.
    JsonObject sent =
        Http.object(ok(Admin.post(API + "/sessions/" + session + "/notices", "", "")));
    assertEquals(2, sent.getInt("sent"));
    JsonObject again =
        Http.object(ok(Admin.post(API + "/sessions/" + session + "/notices", "", "")));
    assertEquals(0, again.getInt("sent"));
    assertEquals(2, again.getInt("alreadySent"));
    String key = "interview.notice:slot-" + s0;
    JsonObject inbox = Notifications.awaitDelivery(key, "INBOX", "SENT");
    assertEquals(1, Notifications.deliveries("idempotencyKey", key, "channel", "INBOX").size());
    assertFalse(inbox.toString().isEmpty());
    expect(403, d.e1().post(API + "/sessions/" + session + "/notices", ""));

    // The candidate's portal page lists the interview; the notice is theirs alone.
    JsonArray mine = Http.array(ok(c0.get(API + "/me/interviews")));
    assertEquals(1, mine.size());
    JsonObject interview = mine.getJsonObject(0);
    assertEquals(s0, interview.getJsonNumber("slotId").longValue());
    assertEquals("人才大厦3楼", interview.getString("venue"));
    assertFalse(interview.getBoolean("online"));
    assertTrue(missing(interview, "meetingLink"));
    expect(403, d.e1().get(API + "/me/interviews"));
    HttpResponse<byte[]> pdf = c0.getBytes(API + "/slots/" + s0 + "/notice.pdf");
    assertEquals(200, pdf.statusCode(), new String(pdf.body()));
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = text(pdf.body());
    for (String expected :
        List.of(
            "面试通知书",
            d.setup().persons().get(0).name(),
            InterviewDesk.sessionDay().toString(),
            "08:30",
            "人才大厦3楼",
            "301",
            "第一考官组",
            "身份证",
            "缺考")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertEquals(
        "zhaokao-interview:sign-in?session=" + session + "&application=" + a.get(0),
        qrCode(pdf.body()));
    HttpResponse<String> stranger = c1.get(API + "/slots/" + s0 + "/notice.pdf");
    expect(403, stranger);
    assertTrue(stranger.body().contains("another candidate"), stranger.body());
    expect(403, d.e1().get(API + "/slots/" + s0 + "/notice.pdf"));
    expect(404, c0.get(API + "/slots/999999999/notice.pdf"));
    ok(c0.get("/zhaokao-interview/mine.xhtml"));
    // The candidate's account page in the portal links to it (the plugin's candidate page).
    String account = ok(c0.get("/zhaokao/account/index.xhtml")).body();
    assertTrue(
        account.contains("href=\"/zhaokao-interview/mine.xhtml\"") && account.contains("我的面试"),
        account);

    // The online form: an https link and a window that opens before it closes, or 422.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    expect(422, meeting(s0, "http://meet.example.cn/a", now, now.plusHours(1)));
    expect(422, meeting(s0, "https://meet.example.cn/a", now, now.minusMinutes(1)));
    expect(
        403,
        d.e1()
            .put(
                API + "/slots/" + s0 + "/meeting",
                meetingJson("https://meet.example.cn/a", now, now.plusHours(1))));
    // Later today: the candidate sees the slot, not the link.
    ok(meeting(s0, "https://meet.example.cn/a", now.plusHours(2), now.plusHours(3)));
    interview = Http.array(ok(c0.get(API + "/me/interviews"))).getJsonObject(0);
    assertTrue(interview.getBoolean("online"));
    assertTrue(missing(interview, "meetingLink"), interview.toString());
    // In the slot: the link shows, to its candidate only.
    ok(meeting(s0, "https://meet.example.cn/a", now.minusMinutes(5), now.plusMinutes(30)));
    interview = Http.array(ok(c0.get(API + "/me/interviews"))).getJsonObject(0);
    assertEquals("https://meet.example.cn/a", interview.getString("meetingLink"));
    assertTrue(
        missing(Http.array(ok(c1.get(API + "/me/interviews"))).getJsonObject(0), "meetingLink"));
    HttpResponse<String> page = c0.get("/zhaokao-interview/mine.xhtml");
    ok(page);
    assertTrue(page.body().contains("https://meet.example.cn/a"), page.body());
    assertTrue(page.body().contains("notice.pdf"), page.body());

    // In English when the candidate switches language.
    HttpResponse<String> english = c0.get("/zhaokao-interview/mine.xhtml?lang=en");
    ok(english);
    assertTrue(english.body().contains("My interviews"), english.body());
    HttpResponse<byte[]> enPdf = c0.getBytes(API + "/slots/" + s0 + "/notice.pdf");
    assertEquals(200, enPdf.statusCode());
    String enText = text(enPdf.body());
    assertTrue(enText.contains("Interview notice") && enText.contains("identity card"), enText);
  }

  private static Map<Long, Long> slots(long session) {
    Map<Long, Long> out = new java.util.HashMap<>();
    Http.array(ok(Admin.get(API + "/sessions/" + session + "/roster")))
        .forEach(
            v ->
                out.put(
                    v.asJsonObject().getJsonNumber("applicationId").longValue(),
                    v.asJsonObject().getJsonNumber("slotId").longValue()));
    return out;
  }

  private static HttpResponse<String> meeting(
      long slot, String link, OffsetDateTime opens, OffsetDateTime closes) {
    return Admin.put(API + "/slots/" + slot + "/meeting", "", meetingJson(link, opens, closes));
  }

  private static String meetingJson(String link, OffsetDateTime opens, OffsetDateTime closes) {
    return "{\"link\":\""
        + link
        + "\",\"opensAt\":\""
        + opens
        + "\",\"closesAt\":\""
        + closes
        + "\"}";
  }

  private static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    }
  }
}
