package dev.insomnia.evaluate;

import dev.insomnia.modules.LoadedModule;
import dev.insomnia.source.ProfileSource;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A profile that evaluated: the table it returned as canonical JSON (an object, keys sorted),
 * not yet validated as a Profile.
 *
 * @param source the profile that was selected
 * @param json the returned table as canonical UTF-8 JSON
 * @param modules every file the evaluation loaded: the main file first, then each module in
 *     the order it was required (host modules included)
 * @param sourceSha256 the provenance digest over {@code modules} (see {@link
 *     dev.insomnia.modules.ProfileModules#sourceSha256()})
 * @param output what the profile printed with {@code print}
 */
public record EvaluatedProfile(
    ProfileSource source,
    byte[] json,
    List<LoadedModule> modules,
    String sourceSha256,
    String output) {

  public EvaluatedProfile {
    json = json.clone();
    modules = List.copyOf(modules);
  }

  @Override
  public byte[] json() {
    return json.clone();
  }

  /** The JSON as text. */
  public String jsonText() {
    return new String(json, StandardCharsets.UTF_8);
  }
}
