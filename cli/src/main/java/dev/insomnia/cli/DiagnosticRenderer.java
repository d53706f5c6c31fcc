package dev.insomnia.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Renders diagnostics as CONTRACT.md describes. For people: one block each,
 *
 * <pre>
 * error[profile.unknown-field]: unknown field 'reasonning' (the closest known field is 'reasoning')
 *   --> /home/me/profiles/coder.lua:12
 *    |
 * 12 |   worker = { reasonning = "high" },
 *    |
 *   = at: worker.reasonning
 *   = help: Remove it or fix its name; ...
 * </pre>
 *
 * and for machines ({@code --json}) one JSON array of objects with the keys severity, code,
 * message, path, file, line and help (null where unknown).
 */
final class DiagnosticRenderer {
  private final Style style;
  private final SourceLines sources;

  DiagnosticRenderer(Style style, SourceLines sources) {
    this.style = style;
    this.sources = sources;
  }

  String human(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) block(out, d);
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (errors > 1) out.append(style.error("error")).append(": ").append(errors)
        .append(" problems found\n");
    return out.toString();
  }

  private void block(StringBuilder out, Diagnostic d) {
    String label = d.severity().label() + "[" + d.code().code() + "]";
    out.append(d.severity() == Severity.ERROR ? style.error(label) : style.warning(label))
        .append(": ").append(style.emphasis(TerminalText.safe(d.message()))).append('\n');
    if (d.file().isPresent()) {
      StringBuilder where = new StringBuilder(TerminalText.safe(d.file().get()));
      d.line().ifPresent(l -> where.append(':').append(l));
      d.column().ifPresent(c -> where.append(':').append(c));
      out.append("  ").append(style.dim("-->")).append(' ').append(where).append('\n');
      if (d.line().isPresent()) {
        Optional<String> text = sources.line(d.file().get(), d.line().getAsInt());
        text.ifPresent(t -> sourceLine(out, d.line().getAsInt(), t));
      }
    }
    d.path().ifPresent(p -> out.append("  ").append(style.dim("=")).append(" at: ")
        .append(TerminalText.safe(p)).append('\n'));
    if (!d.help().isEmpty()) {
      out.append("  ").append(style.dim("=")).append(" help: ")
          .append(TerminalText.safe(d.help())).append('\n');
    }
  }

  private void sourceLine(StringBuilder out, int line, String text) {
    String number = Integer.toString(line);
    String gutter = " ".repeat(number.length() + 1) + style.dim("|");
    out.append(gutter).append('\n');
    out.append(style.dim(number + " |")).append(' ').append(TerminalText.safe(text)).append('\n');
    out.append(gutter).append('\n');
  }

  static String json(List<Diagnostic> diagnostics) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartArray();
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("code", d.code().code());
        g.writeStringField("message", d.message());
        writeOptional(g, "path", d.path());
        writeOptional(g, "file", d.file());
        g.writeFieldName("line");
        if (d.line().isPresent()) g.writeNumber(d.line().getAsInt()); else g.writeNull();
        g.writeStringField("help", d.help());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) g.writeString(value.get()); else g.writeNull();
  }
}
