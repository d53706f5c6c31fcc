package dev.insomnia.json;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The one Jackson factory (thread-safe), created when JSON is first read. Only its parser is
 * used: {@link JsonWriter} writes the canonical form itself.
 */
final class Jackson {
  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Jackson() {}
}
