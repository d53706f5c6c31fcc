package dev.insomnia.manifest;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.profile.PromptRef;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prompt refs resolved to their assets' digests, for profiles and one-file manifests alike. */
final class Instructions {
  private static final JsonPath INSTRUCTIONS = JsonPath.of("instructions");

  private Instructions() {}

  /**
   * Every ref checked ({@code $user/} and {@code $workspace/} are unsupported, other forms
   * malformed) and looked up; empty if any fails, with every problem reported.
   */
  static Optional<List<InstructionRef>> resolve(
      List<JsonValue> refs, PromptAssets assets, ReadContext context) {
    List<InstructionRef> resolved = new ArrayList<>(refs.size());
    for (int i = 0; i < refs.size(); i++) {
      JsonPath at = INSTRUCTIONS.index(i + 1);
      Optional<String> ref = PromptRef.SHAPE.read(refs.get(i), at, context);
      if (ref.isEmpty()) continue;
      Optional<byte[]> asset = assets.read(ref.get());
      if (asset.isEmpty()) {
        context.badValue(at, Rules.rule("prompt-asset", ref.get()), refs.get(i));
        continue;
      }
      resolved.add(new InstructionRef(ref.get(), Digests.sha256(asset.get())));
    }
    return resolved.size() == refs.size() ? Optional.of(resolved) : Optional.empty();
  }
}
