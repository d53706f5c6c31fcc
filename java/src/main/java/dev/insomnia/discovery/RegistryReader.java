package dev.insomnia.discovery;

import static dev.insomnia.diagnostics.DiagnosticCode.REGISTRY_INVALID;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads one {@code profiles.toml} with tomlj: {@code default = "name"} and {@code [profile]}
 * entries, either {@code name = "path"} or {@code [profile.name]} tables with {@code path} and
 * {@code description}. Collects every problem of the file rather than stopping at the first.
 * The only class that touches tomlj, so nothing about TOML loads before a registry is read.
 */
final class RegistryReader {
  static final String DEFAULT_KEY = "default";
  static final String PROFILE_KEY = "profile";
  static final String PATH_KEY = "path";
  static final String DESCRIPTION_KEY = "description";
  private static final List<String> TOP_LEVEL_KEYS = List.of(DEFAULT_KEY, PROFILE_KEY);
  private static final List<String> ENTRY_KEYS = List.of(PATH_KEY, DESCRIPTION_KEY);

  private final RegistryFile file;
  private final List<Diagnostic> problems = new ArrayList<>();

  private RegistryReader(RegistryFile file) {
    this.file = file;
  }

  static Registry read(RegistryFile file, String text) {
    return new RegistryReader(file).read(text);
  }

  private Registry read(String text) {
    TomlParseResult toml;
    try {
      toml = Toml.parse(text);
    } catch (TomlParseError error) {
      // tomlj 1.1.1 throws, rather than reports, a bad escape in a quoted [table] name
      problems.add(located(REGISTRY_INVALID.error(label(), error.getMessage()), error.position()));
      return Registry.broken(file, problems);
    }
    if (toml.hasErrors()) {
      for (TomlParseError error : toml.errors()) {
        Diagnostic syntax = REGISTRY_INVALID.error(label(), error.getMessage());
        problems.add(located(syntax, error.position()));
      }
      return Registry.broken(file, problems);
    }
    Optional<DefaultDeclaration> declaredDefault = Optional.empty();
    List<RegistryEntry> entries = new ArrayList<>();
    for (Map.Entry<String, Object> top : toml.entrySet()) {
      String key = top.getKey();
      TomlPosition at = toml.inputPositionOf(List.of(key));
      switch (key) {
        case DEFAULT_KEY -> declaredDefault = readDefault(top.getValue(), at);
        case PROFILE_KEY -> readProfiles(top.getValue(), at, entries);
        default -> unknownKey(key, key, TOP_LEVEL_KEYS, at);
      }
    }
    entries.sort(Comparator.comparing(RegistryEntry::name));
    problems.sort(
        Comparator.comparingInt((Diagnostic d) -> d.line().orElse(0))
            .thenComparingInt(d -> d.column().orElse(0)));
    return new Registry(file, entries, declaredDefault, problems);
  }

  private Optional<DefaultDeclaration> readDefault(Object value, TomlPosition at) {
    if (!(value instanceof String text)) {
      wrongType(DEFAULT_KEY, "string", value, at);
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(colon + 1);
    Optional<Origin> qualifier =
        colon < 0 ? Optional.empty() : Selector.registrySource(text.substring(0, colon));
    if ((colon >= 0 && qualifier.isEmpty()) || !ProfileNames.isValid(name)) {
      problem(DEFAULT_KEY, at, "default-form", text);
      return Optional.empty();
    }
    return Optional.of(new DefaultDeclaration(qualifier, name, text, position(at)));
  }

  private void readProfiles(Object value, TomlPosition at, List<RegistryEntry> entries) {
    if (!(value instanceof TomlTable profiles)) {
      wrongType(PROFILE_KEY, "table", value, at);
      return;
    }
    for (Map.Entry<String, Object> declared : profiles.entrySet()) {
      String name = declared.getKey();
      String fieldPath = PROFILE_KEY + "." + name;
      TomlPosition entryAt = profiles.inputPositionOf(List.of(name));
      if (!ProfileNames.isValid(name)) {
        problem(fieldPath, entryAt, "invalid-name", name);
      } else if (declared.getValue() instanceof String path) {
        entry(name, path, Optional.empty(), entryAt).ifPresent(entries::add);
      } else if (declared.getValue() instanceof TomlTable table) {
        readTableEntry(name, table, entryAt).ifPresent(entries::add);
      } else {
        wrongType(fieldPath, "string or table", declared.getValue(), entryAt);
      }
    }
  }

  private Optional<RegistryEntry> readTableEntry(String name, TomlTable table, TomlPosition at) {
    String fieldPath = PROFILE_KEY + "." + name;
    Optional<String> path = Optional.empty();
    Optional<String> description = Optional.empty();
    boolean wellFormed = true;
    for (Map.Entry<String, Object> field : table.entrySet()) {
      String key = field.getKey();
      TomlPosition fieldAt = table.inputPositionOf(List.of(key));
      if (!ENTRY_KEYS.contains(key)) {
        unknownKey(key, fieldPath + "." + key, ENTRY_KEYS, fieldAt);
        wellFormed = false;
      } else if (!(field.getValue() instanceof String text)) {
        wrongType(fieldPath + "." + key, "string", field.getValue(), fieldAt);
        wellFormed = false;
      } else if (key.equals(PATH_KEY)) {
        path = Optional.of(text);
      } else {
        description = Optional.of(text);
      }
    }
    if (path.isEmpty()) {
      // a path of the wrong type has been reported already
      if (!table.contains(PATH_KEY)) problem(fieldPath, at, "missing-path", name);
      return Optional.empty();
    }
    Optional<RegistryEntry> entry = entry(name, path.get(), description, at);
    return wellFormed ? entry : Optional.empty();
  }

  private Optional<RegistryEntry> entry(
      String name, String path, Optional<String> description, TomlPosition at) {
    String fieldPath = PROFILE_KEY + "." + name;
    if (path.isEmpty()) {
      problem(fieldPath, at, "empty-path", name);
      return Optional.empty();
    }
    Optional<ProfileLocation> location = locate(name, path, fieldPath, at);
    return location.map(l -> new RegistryEntry(name, path, l, description, position(at)));
  }

  /** Resolves against the registry's directory; builtin paths must stay under their root. */
  private Optional<ProfileLocation> locate(
      String name, String path, String fieldPath, TomlPosition at) {
    Path written;
    try {
      written = Path.of(path);
    } catch (InvalidPathException e) {
      problem(fieldPath, at, "invalid-path", name, e.getReason());
      return Optional.empty();
    }
    if (file.directory().isPresent()) {
      return Optional.of(new ProfileLocation.File(file.directory().get().resolve(written)));
    }
    Path inRoot = written.normalize();
    if (written.isAbsolute() || inRoot.startsWith("..") || inRoot.toString().isEmpty()) {
      problem(fieldPath, at, "builtin-path", name, path);
      return Optional.empty();
    }
    return Optional.of(new ProfileLocation.Builtin(inRoot.toString().replace('\\', '/')));
  }

  private void unknownKey(String key, String fieldPath, List<String> allowed, TomlPosition at) {
    Optional<String> suggestion = Suggestions.closest(key, allowed);
    if (suggestion.isPresent()) {
      problem(fieldPath, at, "unknown-key", key, suggestion.get());
    } else {
      problem(fieldPath, at, "unknown-key-far", key);
    }
  }

  private void wrongType(String fieldPath, String expected, Object value, TomlPosition at) {
    problem(fieldPath, at, "type", fieldPath, expected, tomlType(value));
  }

  /** Records a {@code registry.invalid} variant; argument 0 is always the source's label. */
  private void problem(String fieldPath, TomlPosition at, String variant, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = label();
    System.arraycopy(args, 0, all, 1, args.length);
    problems.add(located(REGISTRY_INVALID.errorVariant(variant, all).at(fieldPath), at));
  }

  private Diagnostic located(Diagnostic diagnostic, TomlPosition at) {
    return at == null
        ? diagnostic.in(file.displayName())
        : diagnostic.in(file.displayName(), at.line(), at.column());
  }

  private RegistryPosition position(TomlPosition at) {
    return at == null ? file.at(0, 0) : file.at(at.line(), at.column());
  }

  private String label() {
    return file.source().label();
  }

  /** TOML's own name for a value's type. */
  private static String tomlType(Object value) {
    if (value instanceof String) return "string";
    if (value instanceof Long) return "integer";
    if (value instanceof Double) return "float";
    if (value instanceof Boolean) return "boolean";
    if (value instanceof TomlArray) return "array";
    if (value instanceof TomlTable) return "table";
    if (value instanceof TemporalAccessor) return "date-time";
    return value.getClass().getSimpleName();
  }
}
