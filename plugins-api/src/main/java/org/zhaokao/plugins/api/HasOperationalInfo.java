package org.zhaokao.plugins.api;

import java.util.Map;

/**
 * Optional capability of a {@link StagePlugin}: facts for the operations page (queue sizes,
 * connected proctors, versions of external services). Keys and values are shown as they are, in the
 * order given.
 */
public interface HasOperationalInfo {

  /** Current facts; called on demand, so keep it cheap. */
  Map<String, String> operationalInfo();
}
