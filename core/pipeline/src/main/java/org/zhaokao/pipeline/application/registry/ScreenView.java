package org.zhaokao.pipeline.application.registry;

/**
 * A console menu entry contributed by a stage plugin, ready to show.
 *
 * @param label the entry's label in every language
 * @param href the absolute path of the screen on this server ({@code
 *     /zhaokao-interview/rooms.xhtml})
 * @param requiredPermission permission needed to see it, or empty for every staff member
 */
public record ScreenView(LocalizedText label, String href, String requiredPermission) {}
