package dev.insomnia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PicocliSettingsTest {
  private Properties saved;

  @BeforeEach
  void save() {
    saved = (Properties) System.getProperties().clone();
  }

  @AfterEach
  void restore() {
    System.setProperties(saved);
  }

  /** As picocli reads the property: comma-separated regexes, each matched against the name. */
  private static boolean excluded(String className) {
    return Arrays.stream(System.getProperty("picocli.converters.excludes", "").split(","))
        .anyMatch(className::matches);
  }

  @Test
  void leavesOutConvertersForTypesNoOptionHas() {
    System.clearProperty("picocli.converters.excludes");
    PicocliSettings.apply();
    assertTrue(excluded("java.time.MonthDay"));
    assertTrue(excluded("java.sql.DriverManager"));
    // --workspace, --adopt and --manifest are paths
    assertFalse(excluded("java.nio.file.Path"));
    assertEquals("true", System.getProperty("picocli.disable.closures"));
  }

  @Test
  void aUsersOwnSettingWins() {
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*");
    System.setProperty("picocli.disable.closures", "false");
    PicocliSettings.apply();
    assertFalse(excluded("java.time.MonthDay"));
    assertEquals("false", System.getProperty("picocli.disable.closures"));
  }
}
