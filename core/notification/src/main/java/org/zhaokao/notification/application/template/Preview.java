package org.zhaokao.notification.application.template;

import java.util.List;
import org.zhaokao.notification.domain.template.TemplateViolation;

/**
 * A template filled with its event's sample values, or why it cannot be.
 *
 * @param subject the subject as a recipient would see it
 * @param body the text as a recipient would see it
 * @param length characters of the text (what an SMS gateway counts)
 * @param violations what would stop the template from being saved; empty if none
 */
public record Preview(
    String subject, String body, int length, List<TemplateViolation> violations) {}
