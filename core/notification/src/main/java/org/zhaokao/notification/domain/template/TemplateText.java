package org.zhaokao.notification.domain.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The text of a template (通知模板正文) split into literal runs and {@code ${name}} placeholders. Parsing
 * fails on a placeholder that is not closed or not a plain name, so an editor learns of a typo when
 * saving, not when a candidate receives the message.
 */
public final class TemplateText {

  private final List<String> literals;
  private final List<String> names;

  private TemplateText(List<String> literals, List<String> names) {
    this.literals = literals;
    this.names = names;
  }

  /**
   * Parses {@code text}.
   *
   * @throws TemplateSyntaxException naming the position of the first malformed placeholder
   */
  public static TemplateText parse(String text) {
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = text.indexOf("${", from);
      if (start < 0) {
        literals.add(text.substring(from));
        return new TemplateText(List.copyOf(literals), List.copyOf(names));
      }
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        throw new TemplateSyntaxException(
            "placeholder at character " + (start + 1) + " is not closed with }", start + 1);
      }
      String name = text.substring(start + 2, end);
      if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
        throw new TemplateSyntaxException(
            "placeholder ${"
                + name
                + "} at character "
                + (start + 1)
                + " is not a name (letters, digits and _, starting with a letter)",
            start + 1);
      }
      literals.add(text.substring(from, start));
      names.add(name);
      from = end + 1;
    }
  }

  /** The placeholder names in order of first use. */
  public Set<String> placeholders() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }

  /**
   * Fills every placeholder from {@code values}.
   *
   * @throws MissingParameterException naming the first placeholder without a value
   */
  public String render(Map<String, String> values) {
    return render(values, UnaryOperator.identity());
  }

  /** Fills every placeholder with its value passed through {@code escape} (e.g. for HTML). */
  public String render(Map<String, String> values, UnaryOperator<String> escape) {
    return render(values, UnaryOperator.identity(), escape);
  }

  /** Literal runs, each passed through {@code literal}, and values through {@code value}. */
  public String render(
      Map<String, String> values, UnaryOperator<String> literal, UnaryOperator<String> value) {
    StringBuilder out = new StringBuilder(literal.apply(literals.get(0)));
    for (int i = 0; i < names.size(); i++) {
      String v = values.get(names.get(i));
      if (v == null) {
        throw new MissingParameterException(names.get(i));
      }
      out.append(value.apply(v)).append(literal.apply(literals.get(i + 1)));
    }
    return out.toString();
  }
}
