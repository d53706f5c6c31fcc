package dev.insomnia.discovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * profiles.toml on arbitrary text (seeds in RegistryReaderFuzzTestInputs/read: the registries
 * of the reader's tests and the builtin index), read as a user registry and as the builtin
 * index. Reading never throws; every problem is a located {@code registry.invalid}; every
 * entry kept is well-formed and stays where its source allows; a clean builtin index survives
 * the build's compiled form unchanged.
 */
class RegistryReaderFuzzTest {
  private static final RegistryFile USER =
      RegistryFile.onDisk(Origin.USER, Path.of("/cfg/insomnia/profiles.toml"));
  private static final RegistryFile BUILTIN = RegistryFile.builtin();

  @FuzzTest
  @Timeout(10) // also libFuzzer's per-input limit while fuzzing
  void read(byte[] input) {
    // The loader reads the file as strict UTF-8, so the reader only ever sees valid text.
    String text = new String(input, UTF_8);
    check(RegistryReader.read(USER, text));
    Registry builtin = RegistryReader.read(BUILTIN, text);
    check(builtin);
    if (builtin.problems().isEmpty()) {
      assertEquals(builtin, CompiledRegistry.read(BUILTIN, CompiledRegistry.write(builtin)));
    }
  }

  private static void check(Registry registry) {
    RegistryFile file = registry.file();
    for (Diagnostic d : registry.problems()) {
      assertEquals(DiagnosticCode.REGISTRY_INVALID, d.code(), d::toString);
      assertTrue(d.isError(), d::toString);
      assertEquals(Optional.of(file.displayName()), d.file(), d::toString);
      assertTrue(d.message().contains(file.source().label()), d::toString);
    }
    String previous = "";
    for (RegistryEntry e : registry.entries()) {
      assertTrue(ProfileNames.isValid(e.name()), e::toString);
      assertTrue(e.name().compareTo(previous) > 0, "entries sorted by name, each once");
      previous = e.name();
      assertFalse(e.declaredPath().isEmpty(), e::toString);
      assertEquals(file.displayName(), e.position().file());
      if (file.directory().isPresent()) {
        assertEquals(
            new ProfileLocation.File(file.directory().get().resolve(e.declaredPath())),
            e.location());
      } else {
        String inRoot = ((ProfileLocation.Builtin) e.location()).name();
        Path p = Path.of(inRoot);
        assertFalse(inRoot.isEmpty() || p.isAbsolute() || p.startsWith(".."), inRoot);
        assertEquals(p, p.normalize(), inRoot);
      }
    }
    registry
        .declaredDefault()
        .ifPresent(d -> assertTrue(ProfileNames.isValid(d.name()), d::toString));
  }
}
