package org.zhaokao.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhaokao.content.domain.complaint.ComplaintStatus;

/**
 * What the complainant sees on the status page, given the ticket number and the contact they filed
 * with: the state, the promised date and the reply. Never the internal notes or the assignee.
 */
public record ComplaintStatusView(
    String ticket,
    String subject,
    ComplaintStatus status,
    OffsetDateTime filedAt,
    LocalDate dueOn,
    String reply,
    OffsetDateTime repliedAt) {}
