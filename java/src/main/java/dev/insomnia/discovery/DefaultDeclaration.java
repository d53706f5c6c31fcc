package dev.insomnia.discovery;

import dev.insomnia.source.Origin;
import java.util.Optional;

/**
 * A registry's {@code default = "..."}: a name of the declaring registry, or a source-qualified
 * name ({@code user:coder}).
 *
 * @param qualifier the source named in the value, if it is qualified
 * @param text the value as written
 */
record DefaultDeclaration(
    Optional<Origin> qualifier, String name, String text, RegistryPosition position) {

  /** The source whose profile this default names: its qualifier, else the declaring source. */
  Origin target(Origin declaringSource) {
    return qualifier.orElse(declaringSource);
  }
}
