package dev.insomnia.manifest;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import dev.insomnia.source.Origin;
import java.util.List;
import java.util.Objects;

/**
 * Where a manifest's profile came from: the selector as given, the source it was found in,
 * where its file is ({@code ProfileLocation.display()}), and the digest of its sources: the
 * SHA-256 of the lines {@code "<chunkname>\n<sha256 of its bytes>\n"} for the profile and every
 * module it required, in require order (the evaluator computes it).
 */
public record ProfileProvenance(String selector, Origin origin, String path, String sha256) {

  public ProfileProvenance {
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  private static final Field<ProfileProvenance, String> SELECTOR =
      Field.required("selector", Shapes.nonEmptyString(), ProfileProvenance::selector)
          .doc("the selector the profile was chosen with", "\"project:coder\"");
  private static final Field<ProfileProvenance, Origin> ORIGIN =
      Field.required(
              "origin", Shapes.oneOf(List.of(Origin.values()), Origin::label), ProfileProvenance::origin)
          .doc("the source it was found in", "\"project\"");
  private static final Field<ProfileProvenance, String> PATH =
      Field.required("path", Shapes.nonEmptyString(), ProfileProvenance::path)
          .doc("its main file", "\"/src/app/.insomnia/coder.lua\"");
  private static final Field<ProfileProvenance, String> SHA256 =
      Field.required("sha256", Shapes.string(Digests.SHA256_PATTERN), ProfileProvenance::sha256)
          .doc("digest of the file and every module it required", "\"9f86d0...\"");

  static final Table<ProfileProvenance> TABLE =
      Table.of(
          v -> new ProfileProvenance(v.get(SELECTOR), v.get(ORIGIN), v.get(PATH), v.get(SHA256)),
          SELECTOR,
          ORIGIN,
          PATH,
          SHA256);
}
