package org.zhaokao.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The stage's bundle outside Faces (PDFs, printable pages, notification parameters). */
public final class Messages {

  private Messages() {}

  /** English for an English locale, Chinese (the default) for anything else. */
  public static ResourceBundle bundle(Locale locale) {
    Locale chosen =
        locale != null && locale.getLanguage().equals("en")
            ? Locale.ENGLISH
            : Locale.SIMPLIFIED_CHINESE;
    return ResourceBundle.getBundle(
        "org.zhaokao.interview.messages", chosen, InterviewPlugin.class.getClassLoader());
  }

  /** The waiting room's rules (考场规则), numbered, as the notice and the calling screen show them. */
  public static List<String> rules(ResourceBundle bundle) {
    List<String> out = new ArrayList<>();
    for (int i = 1; bundle.containsKey("rules." + i); i++) {
      out.add(i + ". " + bundle.getString("rules." + i));
    }
    return out;
  }

  /** The name of a part of the day ({@code MORNING} → 上午). */
  public static String part(ResourceBundle bundle, String part) {
    return bundle.getString("part." + part);
  }
}
