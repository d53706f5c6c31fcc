package dev.insomnia.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/** The one Jackson factory (thread-safe), created when JSON is first read or written. */
final class Jackson {
  /** Writes characters beyond U+FFFF as UTF-8, as the native encoder does, not as escapes. */
  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private Jackson() {}
}
