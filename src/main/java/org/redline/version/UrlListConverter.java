package org.redline.version;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a point's source links in one column, one per line: URLs never contain a line break. */
@Converter
class UrlListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> urls) {
        return urls == null || urls.isEmpty() ? null : String.join("\n", urls);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }
}
