package dev.insomnia.lua;

/** The outcome of one evaluation: the returned value as canonical JSON, or an error. */
public sealed interface Evaluation {

  /** What the chunk printed with {@code print}, whatever the outcome. */
  String output();

  /** Peak Lua heap and instructions counted. */
  Stats stats();

  record Stats(long memoryPeakBytes, long instructions) {}

  /** The value the chunk returned, as canonical UTF-8 JSON (sorted keys). */
  record Success(byte[] json, String output, Stats stats) implements Evaluation {
    public Success {
      json = json.clone();
    }

    @Override
    public byte[] json() {
      return json.clone();
    }

    public String jsonText() {
      return new String(json, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  record Failure(LuaError error, String output, Stats stats) implements Evaluation {}
}
