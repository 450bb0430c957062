package org.zhaokao.notification.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Against the worked example of Aliyun's SMS API documentation (签名机制). */
class AliyunSignatureTest {

  private static Map<String, String> documentedRequest() {
    Map<String, String> p = new TreeMap<>();
    p.put("AccessKeyId", "testId");
    p.put("Action", "SendSms");
    p.put("Format", "XML");
    p.put("OutId", "123");
    p.put("PhoneNumbers", "15300000001");
    p.put("RegionId", "cn-hangzhou");
    p.put("SignName", "阿里云短信测试专用");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
    p.put("SignatureVersion", "1.0");
    p.put("TemplateCode", "SMS_71390007");
    p.put("TemplateParam", "{\"customer\":\"test\"}");
    p.put("Timestamp", "2017-07-12T02:42:19Z");
    p.put("Version", "2017-05-25");
    return p;
  }

  @Test
  void reproducesTheDocumentedStringToSign() {
    assertEquals(
        "GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123"
            + "%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D"
            + "%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1"
            + "%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8"
            + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466"
            + "%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007"
            + "%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D"
            + "%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25",
        AliyunSignature.stringToSign("GET", documentedRequest()));
  }

  @Test
  void reproducesTheDocumentedSignature() {
    assertEquals(
        "zJDF+Lrzhj/ThnlvIToysFRq6t4=",
        AliyunSignature.sign("GET", documentedRequest(), "testSecret"));
  }

  @Test
  void anExistingSignatureIsNotSigned() {
    Map<String, String> p = documentedRequest();
    p.put("Signature", "whatever");
    assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", AliyunSignature.sign("GET", p, "testSecret"));
  }

  @Test
  void percentEncodingFollowsRfc3986() {
    assertEquals("a%20b%2A~-_.", AliyunSignature.percentEncode("a b*~-_."));
    assertEquals("%2F%3D%26%2B", AliyunSignature.percentEncode("/=&+"));
    assertEquals("%E6%8B%9B", AliyunSignature.percentEncode("招"));
  }
}
