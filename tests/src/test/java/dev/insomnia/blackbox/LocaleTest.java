package dev.insomnia.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's result does not depend on the user's locale: the JVM takes the process locale
 * from LC_ALL/LANG, and under a German one Lua printed 1.5 as "1,5" and ordered "a" after
 * "B" until the shim ran evaluations in the C locale (native/src/ins_locale.h). Needs the
 * de_DE.UTF-8 locale, which .ci/run generates.
 */
class LocaleTest {
  @TempDir Path root;

  private static final String PROFILE =
      """
      local profile = require("insomnia.profile")
      local models = require("insomnia.models")
      local scope = require("insomnia.scope")
      local compact = require("insomnia.compact")
      local words = { "b", "B", "a", "A", "\\195\\164" }
      table.sort(words)
      return profile {
        slug = "locale",
        description = table.concat({ tostring(1.5), string.format("%.2f", 2.25),
          tostring("a" < "B"), tostring(tonumber("1.5")), table.concat(words, " ") }, "|"),
        model = models.catalog("codex-oauth/gpt-5.5"),
        scope = scope.workspace_write(),
        compaction = compact.ratio(0.7),
      }
      """;

  @Test
  void resultsAreTheSameUnderACommaDecimalLocale() throws Exception {
    assumeTrue(
        Launcher.localeInstalled("de_DE.utf8"),
        "the de_DE.UTF-8 locale is not installed (.ci/run generates it)");
    Launcher launcher = new Launcher(root);
    launcher.write("workspace/p.lua", PROFILE);
    Launcher.Result c = run(launcher, "C");
    Launcher.Result german = run(launcher, "de_DE.UTF-8");
    assertEquals(0, c.exit(), c::toString);
    assertEquals(c.stdout(), german.stdout());
    assertEquals(true, c.stdout().contains("\"description\":\"1.5|2.25|false|1.5|A B a b \u00e4\""), c::toString);
  }

  private static Launcher.Result run(Launcher launcher, String locale) throws Exception {
    return launcher.env("LC_ALL", locale).run("--profile", "./p.lua", "--profile-pod-name", "locale-1", "--dry-run", "--json");
  }
}
