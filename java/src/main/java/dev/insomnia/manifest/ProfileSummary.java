package dev.insomnia.manifest;

import dev.insomnia.profile.Profile;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Table;
import java.util.Objects;

/** The manifest's {@code profile} table: which profile it was resolved from. */
public record ProfileSummary(String slug, String description, ProfileProvenance source) {

  public ProfileSummary {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
  }

  private static final Field<ProfileSummary, String> SLUG =
      Field.required("slug", Profile.SLUG_SHAPE, ProfileSummary::slug)
          .doc("the profile's slug", "\"coder\"");
  private static final Field<ProfileSummary, String> DESCRIPTION =
      Field.defaulted("description", Profile.DESCRIPTION_SHAPE, "", ProfileSummary::description)
          .doc("the profile's description", "\"Example coding Pod\"");
  private static final Field<ProfileSummary, ProfileProvenance> SOURCE =
      Field.required("source", ProfileProvenance.TABLE, ProfileSummary::source)
          .doc("where the profile came from; recorded by insomnia", "");

  static final Table<ProfileSummary> TABLE =
      Table.of(
          v -> new ProfileSummary(v.get(SLUG), v.get(DESCRIPTION), v.get(SOURCE)),
          SLUG,
          DESCRIPTION,
          SOURCE);
}
