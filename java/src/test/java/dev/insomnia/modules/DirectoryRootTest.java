package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file under a directory root: each refusal keeps its own exception and text. */
class DirectoryRootTest {
  @TempDir Path temp;

  @Test
  void readsARegularFileAndRefusesEverythingElseAsBefore() throws IOException {
    Path dir = temp.toRealPath();
    ModuleRoot root = ModuleRoot.directory(dir);
    Files.writeString(dir.resolve("main.lua"), "return {}");
    ModuleLookup.Found found = root.file("main.lua", 100);
    assertArrayEquals("return {}".getBytes(StandardCharsets.UTF_8), found.source());
    assertEquals(Sha256.hex("return {}"), found.sha256());

    NoSuchFileException missing =
        assertThrows(NoSuchFileException.class, () -> root.file("absent.lua", 100));
    assertEquals(dir.resolve("absent.lua").toString(), missing.getMessage());

    Files.createSymbolicLink(dir.resolve("dangling.lua"), dir.resolve("nowhere.lua"));
    NoSuchFileException dangling =
        assertThrows(NoSuchFileException.class, () -> root.file("dangling.lua", 100));
    assertEquals(dir.resolve("dangling.lua").toString(), dangling.getMessage());

    Files.createDirectory(dir.resolve("sub.lua"));
    IOException directory = assertThrows(IOException.class, () -> root.file("sub.lua", 100));
    assertEquals(IOException.class, directory.getClass());
    assertEquals("it is not a regular file", directory.getMessage());

    Files.createSymbolicLink(dir.resolve("linked.lua"), dir.resolve("main.lua"));
    assertEquals(found.sha256(), root.file("linked.lua", 100).sha256());

    IOException large = assertThrows(IOException.class, () -> root.file("main.lua", 8));
    assertEquals("it is larger than the memory limit of 8 bytes", large.getMessage());
  }

  /**
   * A file may hold more than its size said when it was looked at (it grew since; /proc's
   * files say 0): what follows is read too, within the same bound.
   */
  @Test
  void readsPastTheSizeTheFileSystemGave() throws IOException {
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isRegularFile(proc.resolve("status")), "no /proc here");
    ModuleRoot root = ModuleRoot.directory(proc);
    String status = new String(root.file("status", 1 << 20).source(), StandardCharsets.UTF_8);
    assertTrue(status.startsWith("Name:"), status);
    IOException large = assertThrows(IOException.class, () -> root.file("status", 8));
    assertEquals("it is larger than the memory limit of 8 bytes", large.getMessage());
  }
}
