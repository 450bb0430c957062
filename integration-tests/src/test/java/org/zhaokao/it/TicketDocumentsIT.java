package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Pdfs;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Recruiting;

/**
 * Candidates print the application form and, once the number is issued, the admission ticket; both
 * carry the Chinese text in an embedded font, and the ticket's QR code opens a public page that
 * tells a genuine ticket from a forged one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketDocumentsIT extends CoreDeployments {

  private static final String VERIFY = "/zhaokao/api/v1/tickets/verification?token=";

  @Test
  void theTicketPdfCarriesNameNumberAndAVerifiableQrCode() throws Exception {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "02");
    People.Person person = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    Browsing candidate = Browsing.as(person.idNumber(), person.password());
    long id = Recruiting.applied(candidate, recruitment, position);

    String form = Pdfs.text(Pdfs.download(candidate, MY_APPLICATIONS + "/" + id + "/form.pdf"));
    assertTrue(form.contains("报名表") && form.contains(person.name()), form);
    assertTrue(form.contains("统计调查岗02") && form.contains("诚信承诺书"), form);
    assertEquals(409, candidate.get(MY_APPLICATIONS + "/" + id + "/ticket.pdf").statusCode());
    assertEquals(
        404,
        Recruiting.candidate().getBytes(MY_APPLICATIONS + "/" + id + "/form.pdf").statusCode());

    expect(
        200,
        Admin.post(
            Recruiting.ADMIN_API + "/review/applications/" + id + "/decision",
            "",
            "{\"decision\":\"APPROVE\"}"));
    assertEquals(1, Recruiting.confirmAll(recruitment, Recruiting.employerUser(employer)));
    String number =
        Http.object(candidate.get(MY_APPLICATIONS + "/" + id)).getString("ticketNumber");

    byte[] ticket = Pdfs.download(candidate, MY_APPLICATIONS + "/" + id + "/ticket.pdf");
    String text = Pdfs.text(ticket);
    assertTrue(text.contains("准考证") && text.contains(person.name()) && text.contains(number), text);
    assertFalse(text.contains(person.idNumber()), "the ID number is masked");

    URI address = URI.create(Pdfs.qrCode(ticket));
    assertTrue(address.getPath().endsWith("/zhaokao/ticket.xhtml"), address.toString());
    String token = Pdfs.token(address);
    HttpResponse<String> verified =
        Http.get(VERIFY + URLEncoder.encode(token, StandardCharsets.UTF_8));
    expect(200, verified);
    JsonObject v = Http.object(verified);
    assertEquals(number, v.getString("ticketNumber"));
    assertEquals("APPROVED", v.getString("status"));
    assertEquals("统计调查岗02", v.getString("position"));
    assertFalse(v.getString("maskedName").equals(person.name()), "the name is masked");
    String page =
        Http.get(address.getRawPath() + "?" + address.getRawQuery() + "&lang=zh-CN").body();
    assertTrue(page.contains("该准考证真实有效") && page.contains(number), page);

    // Changing the number, the application or the signature breaks the token.
    String[] parts = token.split("\\.");
    String otherApplication = parts[0] + "." + (id + 1) + "." + parts[2] + "." + parts[3];
    char last = token.charAt(token.length() - 1);
    String badSignature = token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a');
    for (String forged : new String[] {otherApplication, badSignature, "t1.1.MDE.00", ""}) {
      HttpResponse<String> r = Http.get(VERIFY + URLEncoder.encode(forged, StandardCharsets.UTF_8));
      assertEquals(404, r.statusCode(), forged + ": " + r.body());
    }
    String forgedPage =
        Http.get(
                "/zhaokao/ticket.xhtml?lang=zh-CN&token="
                    + URLEncoder.encode(badSignature, StandardCharsets.UTF_8))
            .body();
    assertTrue(forgedPage.contains("无法核验") && !forgedPage.contains(number), forgedPage);
  }
}
