package org.zhaokao.notification.application.template;

import java.util.List;
import java.util.stream.Collectors;
import org.zhaokao.notification.domain.template.TemplateViolation;

/** A template was refused; every reason is listed, and the message names them all. */
public class TemplateValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<TemplateViolation> violations;

  public TemplateValidationException(String what, List<TemplateViolation> violations) {
    super(
        what
            + " refused: "
            + violations.stream()
                .map(TemplateViolation::message)
                .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<TemplateViolation> violations() {
    return violations;
  }
}
