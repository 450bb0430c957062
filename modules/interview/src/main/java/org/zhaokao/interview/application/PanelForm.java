package org.zhaokao.interview.application;

import java.util.List;

/** A panel as entered: name, room, examiner account ids, the chief among them, the clerk. */
public record PanelForm(
    String name, String room, List<Long> examiners, Long chiefAccountId, Long clerkAccountId) {}
