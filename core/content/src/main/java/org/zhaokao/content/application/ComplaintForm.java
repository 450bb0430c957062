package org.zhaokao.content.application;

import org.zhaokao.content.domain.complaint.ComplaintChannel;

/**
 * A complaint as filed: who (name and a mobile or e-mail to answer), what about, and — when staff
 * enter it — the channel it came by ({@code PHONE} or {@code EMAIL}; the web form is {@code WEB}).
 */
public record ComplaintForm(
    String name, String contact, String subject, String body, ComplaintChannel channel) {}
