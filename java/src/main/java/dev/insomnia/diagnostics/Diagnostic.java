package dev.insomnia.diagnostics;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found in user input: a stable code, a message saying what is wrong, where (the
 * field path, the file and line), and help saying what to do. Immutable; the {@code at}/{@code
 * in} methods return copies.
 *
 * @param path the field path, e.g. {@code worker.reasoning} or {@code instructions[2]}
 * @param file the file it concerns, as the user would name it
 * @param line 1-based line in {@code file}
 * @param column 1-based column in {@code file}
 */
public record Diagnostic(
    Severity severity,
    DiagnosticCode code,
    String message,
    Optional<String> path,
    Optional<String> file,
    OptionalInt line,
    OptionalInt column,
    String help) {

  static Diagnostic of(Severity severity, DiagnosticCode code, Object... args) {
    return new Diagnostic(
        severity,
        code,
        Messages.message(code, args),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Messages.help(code, args));
  }

  static Diagnostic of(Severity severity, DiagnosticCode code, String variant, Object... args) {
    return new Diagnostic(
        severity,
        code,
        Messages.message(code, variant, args),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Messages.help(code, variant, args));
  }

  /** The same diagnostic at a field path. */
  public Diagnostic at(String fieldPath) {
    return new Diagnostic(
        severity, code, message, Optional.of(fieldPath), file, line, column, help);
  }

  /** The same diagnostic in a file. */
  public Diagnostic in(String fileName) {
    return new Diagnostic(severity, code, message, path, Optional.of(fileName), line, column, help);
  }

  /** The same diagnostic at a line of a file. */
  public Diagnostic in(String fileName, int lineNumber) {
    return new Diagnostic(
        severity,
        code,
        message,
        path,
        Optional.of(fileName),
        lineNumber > 0 ? OptionalInt.of(lineNumber) : OptionalInt.empty(),
        column,
        help);
  }

  /** The same diagnostic at a line and column of a file. */
  public Diagnostic in(String fileName, int lineNumber, int columnNumber) {
    return new Diagnostic(
        severity,
        code,
        message,
        path,
        Optional.of(fileName),
        lineNumber > 0 ? OptionalInt.of(lineNumber) : OptionalInt.empty(),
        columnNumber > 0 ? OptionalInt.of(columnNumber) : OptionalInt.empty(),
        help);
  }

  /** The same diagnostic with a different help text (when the catalog's is too general). */
  public Diagnostic withHelp(String text) {
    return new Diagnostic(severity, code, message, path, file, line, column, text);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line: {@code error[code]: message (at path, file:line)}; for logs and tests. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(severity.label()).append('[').append(code.code());
    s.append("]: ").append(message);
    path.ifPresent(p -> s.append(" (at ").append(p).append(')'));
    file.ifPresent(f -> s.append(" --> ").append(f));
    line.ifPresent(l -> s.append(':').append(l));
    return s.toString();
  }
}
