package dev.insomnia.manifest;

import dev.insomnia.profile.PromptRef;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.Objects;

/** A resolved instruction: the prompt ref and the SHA-256 of the asset it resolved to. */
public record InstructionRef(String ref, String sha256) {

  public InstructionRef {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(sha256, "sha256");
  }

  private static final Field<InstructionRef, String> REF =
      Field.required("ref", PromptRef.SHAPE, InstructionRef::ref)
          .doc("the prompt ref", "\"$insomnia/prompts/coder.md\"");
  private static final Field<InstructionRef, String> SHA256 =
      Field.required("sha256", Shapes.string(Digests.SHA256_PATTERN), InstructionRef::sha256)
          .doc("digest of the asset's bytes", "\"9f86d0...\"");

  static final Table<InstructionRef> TABLE =
      Table.of(v -> new InstructionRef(v.get(REF), v.get(SHA256)), REF, SHA256);
}
