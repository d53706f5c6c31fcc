package dev.insomnia.schema;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_MISSING_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_TYPE;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_UNKNOWN_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_VALUE;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.ProblemCap;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One read of a document against the schema: which file it is (for diagnostics), where its
 * values sit in it (TOML knows; JSON from Lua does not), the directory relative paths resolve
 * against (a one-file manifest's), and every problem found so far. Reading never stops at the
 * first problem; a path with a problem is <em>claimed</em>, and readers skip claimed paths so
 * one mistake is reported once. At most {@value #MAX_REPORTED} problems are reported in full;
 * the rest are counted into one closing {@code input.too-many-problems} diagnostic, so a
 * hostile document cannot make validation build millions of messages.
 */
public final class ReadContext {
  private final String file;
  private final Map<JsonPath, SourcePosition> positions;
  private final Optional<Path> baseDirectory;
  /** Problems reported in full; later ones are only counted. */
  static final int MAX_REPORTED = ProblemCap.LISTED;

  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<JsonPath> claimed = new HashSet<>();
  private int unlisted;

  public ReadContext(
      String file, Map<JsonPath, SourcePosition> positions, Optional<Path> baseDirectory) {
    this.file = file;
    this.positions = Map.copyOf(positions);
    this.baseDirectory = baseDirectory.map(p -> p.toAbsolutePath().normalize());
  }

  /** A document without positions whose paths must already be absolute. */
  public ReadContext(String file) {
    this(file, Map.of(), Optional.empty());
  }

  /** The directory relative paths resolve against, when the document allows relative paths. */
  public Optional<Path> baseDirectory() {
    return baseDirectory;
  }

  /** Records a problem at {@code at}, located in the file, and claims the path. */
  public void report(JsonPath at, Diagnostic problem) {
    claimed.add(at);
    if (full()) return;
    Diagnostic d = at.isRoot() ? problem : problem.at(at.toString());
    Optional<SourcePosition> position = positionOf(at);
    problems.add(
        position.isPresent()
            ? d.in(file, position.get().line(), position.get().column())
            : d.in(file));
  }

  /** Records a problem at a place in the file that no field path names (a syntax error). */
  public void report(SourcePosition position, Diagnostic problem) {
    if (full()) return;
    problems.add(problem.in(file, position.line(), position.column()));
  }

  /** Whether the next problem is only counted (and counts it if so). */
  private boolean full() {
    if (problems.size() < MAX_REPORTED) return false;
    unlisted++;
    return true;
  }

  /** Marks a path as dealt with, so readers skip it. */
  public void claim(JsonPath at) {
    claimed.add(at);
  }

  public boolean isClaimed(JsonPath at) {
    return !claimed.isEmpty() && claimed.contains(at); // no path is written out to learn "no"
  }

  public int problemCount() {
    return problems.size() + unlisted;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The problems reported in full, then the count of the others, if any. */
  public List<Diagnostic> problems() {
    if (unlisted == 0) return List.copyOf(problems);
    List<Diagnostic> all = new ArrayList<>(problems);
    all.add(ProblemCap.counted(unlisted, file));
    return List.copyOf(all);
  }

  public void throwIfProblems() throws DiagnosticException {
    if (!problems.isEmpty()) throw new DiagnosticException(problems());
  }

  /** {@code profile.type}: expected one kind of value, found another. */
  public void wrongType(JsonPath at, String expected, JsonValue found) {
    report(at, PROFILE_TYPE.error(expected, found.type().displayName()));
  }

  /** {@code profile.value}: the value breaks {@code rule} (a catalog rule text). */
  public void badValue(JsonPath at, String rule, JsonValue found) {
    report(at, PROFILE_VALUE.error(rule, Found.describe(found)));
  }

  /** {@code profile.missing-field}. */
  public void missing(JsonPath at, String expected) {
    report(at, PROFILE_MISSING_FIELD.error(at.toString(), expected));
  }

  /**
   * {@code profile.unknown-field}, naming the closest of the allowed names; returns that name
   * if it is close enough to be what was meant (a misspelling).
   */
  public Optional<String> unknownField(JsonPath at, List<String> allowed) {
    if (problems.size() >= MAX_REPORTED) { // only counted: skip building the suggestion
      claimed.add(at);
      unlisted++;
      return Optional.empty();
    }
    String name = at.lastKey();
    String closest = Closest.to(name, allowed);
    report(at, PROFILE_UNKNOWN_FIELD.error(name, closest, String.join(", ", allowed)));
    return Closest.isMisspelling(name, closest) ? Optional.of(closest) : Optional.empty();
  }

  /** The position of a path, or of its nearest ancestor that has one. */
  private Optional<SourcePosition> positionOf(JsonPath at) {
    for (JsonPath p = at; ; p = p.parent()) {
      SourcePosition position = positions.get(p);
      if (position != null) return Optional.of(position);
      if (p.isRoot()) return Optional.empty();
    }
  }
}
