package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.List;

/** Whether the Pod may use the web, and which domains. */
public record WebSettings(boolean enabled, List<String> allowedDomains) {

  public WebSettings {
    allowedDomains = List.copyOf(allowedDomains);
  }

  /**
   * Lower-case DNS labels, optionally under a leading "*." wildcard: the regex {@code
   * (\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*},
   * checked by {@link #isDomain} (WebSettingsTest holds the two to the same answers).
   */
  static final String DOMAIN_PATTERN =
      "(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*";

  private static final Field<WebSettings, Boolean> ENABLED =
      Field.defaulted("enabled", Shapes.bool(), false, WebSettings::enabled)
          .doc("whether the Pod may use the web", "true");
  private static final Field<WebSettings, List<String>> ALLOWED_DOMAINS =
      Field.defaulted(
              "allowed_domains",
              Shapes.listOf(
                  Shapes.refine(
                      Shapes.string(),
                      d -> d.length() <= 253 && isDomain(d),
                      "domain")),
              List.of(),
              WebSettings::allowedDomains)
          .doc("domains the Pod may reach", "{ \"docs.python.org\", \"*.github.com\" }");

  /** The {@code web} table. */
  public static final Table<WebSettings> TABLE =
      Table.of(v -> new WebSettings(v.get(ENABLED), v.get(ALLOWED_DOMAINS)), ENABLED, ALLOWED_DOMAINS);

  /**
   * Whether {@code d} matches {@link #DOMAIN_PATTERN}: after an optional {@code *.}, one or
   * more labels separated by single dots, each 1 to 63 of {@code [a-z0-9-]}, neither beginning
   * nor ending with {@code -}. (Written out: the regex was a sixth of validating a manifest.)
   */
  static boolean isDomain(String d) {
    int start = d.startsWith("*.") ? 2 : 0;
    int labelStart = start;
    for (int i = start; ; i++) {
      if (i == d.length() || d.charAt(i) == '.') {
        int length = i - labelStart;
        if (length < 1 || length > 63) return false;
        if (d.charAt(labelStart) == '-' || d.charAt(i - 1) == '-') return false;
        if (i == d.length()) return true;
        labelStart = i + 1;
      } else {
        char c = d.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
      }
    }
  }

  public static WebSettings defaults() {
    return TABLE.defaults();
  }
}
