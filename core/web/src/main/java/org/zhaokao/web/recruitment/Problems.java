package org.zhaokao.web.recruitment;

import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.web.support.PageMessages;

/**
 * Shows a use case's refusal on a page: field problems next to their fields, a conflict as the
 * translated {@code conflict.<code>} (the use case's own sentence when there is none), the rest as
 * a general message.
 */
public final class Problems {

  private Problems() {}

  public static void show(String formId, RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      PageMessages.fieldProblems(formId, invalid);
      PageMessages.error(null, "recruitment.form.invalid");
    } else if (e instanceof ConflictException conflict) {
      PageMessages.error(null, "conflict." + conflict.code(), conflict.getMessage());
    } else if (e instanceof AccessDeniedException) {
      PageMessages.error(null, "recruitment.denied");
    } else if (e instanceof RecordNotFoundException) {
      PageMessages.error(null, "recruitment.notFound");
    } else {
      throw e;
    }
  }
}
