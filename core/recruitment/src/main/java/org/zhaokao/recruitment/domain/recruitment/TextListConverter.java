package org.zhaokao.recruitment.domain.recruitment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of one-line texts (majors, exam subjects) as lines of one column: they are
 * always read and written with their position, never queried one by one.
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join("\n", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty()
        ? new java.util.ArrayList<>()
        : new java.util.ArrayList<>(Arrays.asList(column.split("\n")));
  }
}
