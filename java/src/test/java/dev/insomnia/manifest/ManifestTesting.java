package dev.insomnia.manifest;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.profile.Profile;
import dev.insomnia.profile.ProfileReader;
import dev.insomnia.source.Origin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Profiles, launches and prompt assets for the manifest tests. */
final class ManifestTesting {
  static final Path WORKSPACE = Path.of("/work/app");
  /** SHA-256 of "abc" (FIPS 180-2 test vector). */
  static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  /** SHA-256 of "" . */
  static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  static final PromptAssets ASSETS =
      map(Map.of("$insomnia/prompts/coder.md", "abc", "$insomnia/prompts/empty.md", ""));

  static final ProfileProvenance PROVENANCE =
      new ProfileProvenance("coder", Origin.BUILTIN, "builtin/coder.lua", SHA256_ABC);

  private ManifestTesting() {}

  static PromptAssets map(Map<String, String> assets) {
    return ref -> Optional.ofNullable(assets.get(ref)).map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  /** A profile from single-quoted JSON members added to a minimal one. */
  static Profile profile(String extraMembers) throws DiagnosticException {
    String json =
        "{'slug':'coder','model':{'provider':'codex-oauth','id':'gpt-5.5','context_window':400000,"
            + "'max_output_tokens':128000}"
            + extraMembers
            + "}";
    return ProfileReader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), "coder.lua");
  }

  static RuntimeInputs launch(String podName) {
    return new RuntimeInputs(podName, WORKSPACE, Optional.empty());
  }

  static RuntimeInputs delegated(DelegationCeiling ceiling) {
    return new RuntimeInputs("child-1", WORKSPACE, Optional.of(ceiling));
  }

  static PodManifest resolve(Profile profile, RuntimeInputs launch) throws DiagnosticException {
    return ProfileResolver.resolve(profile, PROVENANCE, launch, ASSETS);
  }

  static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }
}
