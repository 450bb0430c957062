package org.zhaokao.interview.interfaces.rest;

import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.interview.Messages;
import org.zhaokao.interview.application.OrderSheet;

/**
 * The printable order list of a session as a plain HTML page for the browser's print command: A4,
 * no script.
 */
final class OrderListPage {

  private OrderListPage() {}

  static ResourceBundle bundle(Locale locale) {
    return Messages.bundle(locale);
  }

  static String render(OrderSheet sheet, ResourceBundle m) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html><html lang=\"")
        .append(m.getLocale().getLanguage().equals("en") ? "en" : "zh-CN")
        .append("\"><head><meta charset=\"UTF-8\"><title>")
        .append(esc(m.getString("order.title")))
        .append("</title><style>")
        .append("@page{size:A4;margin:18mm}body{font-family:sans-serif;font-size:12pt}")
        .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #333;")
        .append("padding:4px 8px;text-align:left}h1{font-size:16pt}")
        .append("</style></head><body><h1>")
        .append(esc(m.getString("order.title")))
        .append("</h1><p id=\"meta\">");
    meta(h, m, "order.panel", sheet.panel());
    meta(h, m, "order.room", sheet.room());
    meta(h, m, "order.date", sheet.date().toString());
    meta(h, m, "order.part", m.getString("part." + sheet.part()));
    meta(h, m, "order.seed", String.valueOf(sheet.seed()));
    h.append("</p><table id=\"order\"><thead><tr>");
    for (String key :
        new String[] {
          "order.order", "order.plate", "order.name", "order.ticket", "order.position"
        }) {
      h.append("<th>").append(esc(m.getString(key))).append("</th>");
    }
    h.append("</tr></thead><tbody>");
    for (OrderSheet.Line l : sheet.lines()) {
      h.append("<tr><td>")
          .append(l.order())
          .append("</td><td>")
          .append(esc(l.plate()))
          .append("</td><td>")
          .append(esc(l.name()))
          .append(l.absent() ? " (" + esc(m.getString("order.absent")) + ")" : "")
          .append("</td><td>")
          .append(esc(l.ticket()))
          .append("</td><td>")
          .append(esc(l.position()))
          .append("</td></tr>");
    }
    h.append("</tbody></table></body></html>");
    return h.toString();
  }

  private static void meta(StringBuilder h, ResourceBundle m, String key, String value) {
    h.append(esc(m.getString(key))).append(": ").append(esc(value)).append("　");
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
