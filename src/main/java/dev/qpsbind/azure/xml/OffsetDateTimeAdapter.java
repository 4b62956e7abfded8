package dev.qpsbind.azure.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Binds {@code xs:dateTime} to {@link OffsetDateTime}. Qualys writes UTC with a {@code Z}; a value
 * without an offset is read as UTC rather than refused, since the schema allows it.
 */
public final class OffsetDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

  @Override
  public OffsetDateTime unmarshal(String text) {
    if (text == null) {
      return null;
    }
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(
            text.strip(), OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime offsetDateTime) {
      return offsetDateTime;
    }
    return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
  }

  @Override
  public String marshal(OffsetDateTime value) {
    return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }
}
