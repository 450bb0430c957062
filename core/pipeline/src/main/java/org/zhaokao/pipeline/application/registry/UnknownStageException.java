package org.zhaokao.pipeline.application.registry;

/** No active stage plugin has the id asked for. */
public class UnknownStageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stageId;

  public UnknownStageException(String stageId) {
    super("No active stage plugin with id '" + stageId + "'");
    this.stageId = stageId;
  }

  public String stageId() {
    return stageId;
  }
}
