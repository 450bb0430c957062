package org.zhaokao.platform.validation;

import java.util.List;

/**
 * One thing wrong with one input field.
 *
 * @param field the field's name as the client sent it
 * @param code a stable code; screens translate it with the message key {@code validation.<code>}
 * @param message an English sentence for API clients and logs; never echoes personal data
 * @param arguments values for the translated message ({@code {0}}, {@code {1}})
 */
public record FieldProblem(String field, String code, String message, List<Object> arguments) {

  public FieldProblem {
    arguments = List.copyOf(arguments);
  }

  public static FieldProblem of(String field, String code, String message, Object... arguments) {
    return new FieldProblem(field, code, message, List.of(arguments));
  }
}
