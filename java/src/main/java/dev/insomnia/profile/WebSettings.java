package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.List;
import java.util.regex.Pattern;

/** Whether the Pod may use the web, and which domains. */
public record WebSettings(boolean enabled, List<String> allowedDomains) {

  public WebSettings {
    allowedDomains = List.copyOf(allowedDomains);
  }

  // Lower-case DNS labels, optionally under a leading "*." wildcard.
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  private static final Field<WebSettings, Boolean> ENABLED =
      Field.defaulted("enabled", Shapes.bool(), false, WebSettings::enabled)
          .doc("whether the Pod may use the web", "true");
  private static final Field<WebSettings, List<String>> ALLOWED_DOMAINS =
      Field.defaulted(
              "allowed_domains",
              Shapes.listOf(
                  Shapes.refine(
                      Shapes.string(),
                      d -> d.length() <= 253 && DOMAIN.matcher(d).matches(),
                      "domain")),
              List.of(),
              WebSettings::allowedDomains)
          .doc("domains the Pod may reach", "{ \"docs.python.org\", \"*.github.com\" }");

  /** The {@code web} table. */
  public static final Table<WebSettings> TABLE =
      Table.of(v -> new WebSettings(v.get(ENABLED), v.get(ALLOWED_DOMAINS)), ENABLED, ALLOWED_DOMAINS);

  public static WebSettings defaults() {
    return TABLE.defaults();
  }
}
