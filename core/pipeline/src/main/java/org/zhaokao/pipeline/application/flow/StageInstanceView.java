package org.zhaokao.pipeline.application.flow;

import java.util.Map;

/**
 * One stage of a recruitment's chain as screens show it.
 *
 * @param id the stage instance id
 * @param seq place in the chain, from 1
 * @param stageId the plugin's stage id
 * @param name display names by language ({@code zh}, {@code en})
 * @param available whether the plugin is deployed and active ("stage unavailable" otherwise)
 * @param status lifecycle status
 * @param settings the settings in force
 * @param pendingSettings a proposed change awaiting a second approver, or null
 * @param pendingBy who proposed it, or null
 * @param frozen whether the stage has started, so its settings change only with two people
 * @param schedule when and where it takes place, or null until set
 */
public record StageInstanceView(
    long id,
    int seq,
    String stageId,
    Map<String, String> name,
    boolean available,
    String status,
    SettingsForm settings,
    SettingsForm pendingSettings,
    Long pendingBy,
    boolean frozen,
    ScheduleForm schedule) {}
