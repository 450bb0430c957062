package org.zhaokao.pipeline.domain.flow;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link StageSettings} in one column as {@link StageSettings#encode()}. */
@Converter
public class StageSettingsConverter implements AttributeConverter<StageSettings, String> {

  @Override
  public String convertToDatabaseColumn(StageSettings settings) {
    return settings == null ? null : settings.encode();
  }

  @Override
  public StageSettings convertToEntityAttribute(String text) {
    return text == null ? null : StageSettings.decode(text);
  }
}
