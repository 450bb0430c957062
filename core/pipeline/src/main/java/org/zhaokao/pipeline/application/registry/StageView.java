package org.zhaokao.pipeline.application.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.config.ConfigProperty;

/**
 * What the console and the REST API show of one stage plugin, active or not.
 *
 * @param id stage id
 * @param version plugin version
 * @param spiVersion SPI version it was built for
 * @param status where it stands
 * @param reason why it is not active, or empty
 * @param name display name
 * @param description one-line description
 * @param dependsOn stage ids it needs earlier in a chain
 * @param hotRedeploy whether it may be redeployed while in use
 * @param screens its console menu entries (empty unless active)
 * @param permissions the permission strings it checks (empty unless active)
 * @param config its settings (empty unless active)
 * @param operationalInfo facts from {@link org.zhaokao.plugins.api.HasOperationalInfo} (empty
 *     unless active)
 * @param firstSeen first registration, when known
 * @param lastSeen last registration or departure, when known
 */
public record StageView(
    String id,
    String version,
    String spiVersion,
    StageStatus status,
    String reason,
    LocalizedText name,
    LocalizedText description,
    List<String> dependsOn,
    boolean hotRedeploy,
    List<ScreenView> screens,
    List<String> permissions,
    List<ConfigProperty> config,
    Map<String, String> operationalInfo,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen) {}
