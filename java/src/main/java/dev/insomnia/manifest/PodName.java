package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.POD_INVALID_NAME;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.schema.Shape;
import dev.insomnia.schema.Shapes;
import java.util.regex.Pattern;

/** Pod names: safe as a directory name in the pod store and in generated names. */
public final class PodName {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /** A pod name inside a manifest. */
  static final Shape<String> SHAPE =
      Shapes.refine(Shapes.string(), PodName::isValid, "pod-name");

  private PodName() {}

  /** {@code name}, if it is 1 to 63 of {@code [a-z0-9-]} starting with a letter or digit. */
  public static String validate(String name) throws DiagnosticException {
    if (!isValid(name)) throw new DiagnosticException(POD_INVALID_NAME.error(name));
    return name;
  }

  public static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }
}
