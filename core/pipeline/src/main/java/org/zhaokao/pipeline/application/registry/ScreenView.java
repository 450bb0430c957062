package org.zhaokao.pipeline.application.registry;

/**
 * A screen contributed by a stage plugin, ready to show: a console menu entry, or a page for
 * candidates linked from the portal.
 *
 * @param label the entry's label in every language
 * @param href the absolute path of the screen on this server ({@code
 *     /zhaokao-interview/rooms.xhtml})
 * @param requiredPermission permission needed to see it, or empty for every staff member (always
 *     empty for candidates' pages)
 * @param forCandidates whether it is a candidates' page rather than a console screen
 */
public record ScreenView(
    LocalizedText label, String href, String requiredPermission, boolean forCandidates) {}
