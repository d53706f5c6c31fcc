package dev.insomnia.manifest;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports the schema's problems ({@code profile.type}, {@code profile.unknown-field}, ...) under
 * the code of the boundary they were found at: {@code manifest.invalid} for a one-file
 * manifest, {@code snapshot.invalid} for a snapshot. Message, place and (optionally) help stay.
 */
final class Boundary {
  private Boundary() {}

  static DiagnosticException as(DiagnosticCode code, List<Diagnostic> problems, boolean keepHelp) {
    List<Diagnostic> out = new ArrayList<>(problems.size());
    for (Diagnostic d : problems) out.add(d.code() == code ? d : recode(code, d, keepHelp));
    return new DiagnosticException(out);
  }

  private static Diagnostic recode(DiagnosticCode code, Diagnostic d, boolean keepHelp) {
    Diagnostic r = code.error(d.message());
    if (d.path().isPresent()) r = r.at(d.path().get());
    if (d.file().isPresent()) {
      String file = d.file().get();
      if (d.line().isPresent() && d.column().isPresent()) {
        r = r.in(file, d.line().getAsInt(), d.column().getAsInt());
      } else if (d.line().isPresent()) {
        r = r.in(file, d.line().getAsInt());
      } else {
        r = r.in(file);
      }
    }
    return keepHelp ? r.withHelp(d.help()) : r;
  }
}
