package dev.qpsbind.azure.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Binds {@code xs:date} to {@link LocalDate}; an offset after the date is accepted and dropped. */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

  @Override
  public LocalDate unmarshal(String text) {
    return text == null ? null : LocalDate.parse(text.strip(), DateTimeFormatter.ISO_DATE);
  }

  @Override
  public String marshal(LocalDate value) {
    return value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
  }
}
