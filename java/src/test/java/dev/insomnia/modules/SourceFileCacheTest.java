package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files handed out again while their stamp is unchanged, and read again after any write. The
 * caches here settle at once (instead of after 3 s), and each test waits a little after
 * writing so that the stamp it caches lies clock ticks before the next write.
 */
class SourceFileCacheTest {
  /** Longer than the file-time clock's tick (a few milliseconds on Linux). */
  private static final long TICKS = 50;

  @TempDir Path temp;
  private Path dir;

  @BeforeEach
  void setUp() throws IOException {
    dir = temp.toRealPath();
  }

  private static SourceFileCache settlingAtOnce() {
    return SourceFileCache.create(100, 1 << 20, 0);
  }

  private void write(String file, String text) throws IOException, InterruptedException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    Thread.sleep(TICKS);
  }

  private static String text(ModuleLookup lookup) {
    return new String(
        assertInstanceOf(ModuleLookup.Found.class, lookup).source(), StandardCharsets.UTF_8);
  }

  @Test
  void anUnchangedFileIsHandedOutAgainWithItsDigest() throws Exception {
    SourceFileCache cache = settlingAtOnce();
    ModuleRoot root = ModuleRoot.directory(dir, cache);
    write("lib/common.lua", "return 1");
    ModuleLookup.Found first = (ModuleLookup.Found) root.module("lib.common", 1000);
    ModuleLookup.Found again = (ModuleLookup.Found) root.module("lib.common", 1000);
    assertEquals(new SourceFileCache.Stats(1, 1, 1, 8), cache.stats());
    assertArrayEquals(first.source(), again.source());
    assertEquals(Sha256.hex("return 1"), again.sha256());
    assertEquals("lib/common.lua", again.relativePath());

    // the main file's way in shares the entry (same canonical path)
    assertEquals(first.sha256(), root.file("lib/common.lua", 1000).sha256());
    assertEquals(2, cache.stats().hits());
  }

  @Test
  void aWriteThatKeepsTheSizeAndTheModificationTimeIsSeen() throws Exception {
    SourceFileCache cache = settlingAtOnce();
    ModuleRoot root = ModuleRoot.directory(dir, cache);
    write("part.lua", "return 1");
    Path file = dir.resolve("part.lua");
    FileTime modified = Files.getLastModifiedTime(file);
    assertEquals("return 1", text(root.module("part", 1000)));

    Files.writeString(file, "return 2"); // same size; the time set back as it was
    Files.setLastModifiedTime(file, modified);
    assertEquals("return 2", text(root.module("part", 1000)));
    assertEquals(0, cache.stats().hits());
  }

  @Test
  void aFileReplacedByRenameIsRead() throws Exception {
    SourceFileCache cache = settlingAtOnce();
    ModuleRoot root = ModuleRoot.directory(dir, cache);
    write("part.lua", "return 1");
    assertEquals("return 1", text(root.module("part", 1000)));
    write("next.lua", "return 2");
    Files.setLastModifiedTime(
        dir.resolve("next.lua"), Files.getLastModifiedTime(dir.resolve("part.lua")));
    Files.move(dir.resolve("next.lua"), dir.resolve("part.lua"),
        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertEquals("return 2", text(root.module("part", 1000)));
    assertEquals(0, cache.stats().hits());
  }

  @Test
  void aFileChangedRecentlyIsReadEveryTime() throws Exception {
    assertReadTwiceAndNotKept(SourceFileCache.create(100, 1 << 20)); // settles after 3 s
  }

  @Test
  void aDisabledCacheKeepsNothing() throws Exception {
    assertReadTwiceAndNotKept(SourceFileCache.disabled());
  }

  private void assertReadTwiceAndNotKept(SourceFileCache cache) throws Exception {
    ModuleRoot root = ModuleRoot.directory(dir, cache);
    write("part.lua", "return 1");
    root.module("part", 1000);
    root.module("part", 1000);
    assertEquals(new SourceFileCache.Stats(0, 2, 0, 0), cache.stats());
  }

  @Test
  void theLimitStillRefusesACachedFile() throws Exception {
    SourceFileCache cache = settlingAtOnce();
    ModuleRoot root = ModuleRoot.directory(dir, cache);
    write("main.lua", "return {}");
    root.file("main.lua", 1000);
    IOException large = assertThrows(IOException.class, () -> root.file("main.lua", 4));
    assertEquals("it is larger than the memory limit of 4 bytes", large.getMessage());
    assertInstanceOf(ModuleLookup.Refused.class, root.module("main", 4));
    assertEquals(0, cache.stats().hits());
  }

  @Test
  void theBoundsEvictTheFilesStoredFirst() throws Exception {
    SourceFileCache cache = SourceFileCache.create(2, 1 << 20, 0);
    ModuleRoot root = ModuleRoot.directory(dir, cache);
    for (String name : new String[] {"a", "b", "c"}) write(name + ".lua", "return '" + name + "'");
    for (String name : new String[] {"a", "b", "c"}) root.module(name, 1000);
    assertEquals(2, cache.stats().entries());
    root.module("c", 1000);
    root.module("a", 1000); // evicted: read again
    assertEquals(new SourceFileCache.Stats(1, 4, 2, 20), cache.stats());

    SourceFileCache small = SourceFileCache.create(100, 8, 0);
    ModuleRoot smallRoot = ModuleRoot.directory(dir, small);
    smallRoot.module("a", 1000); // 10 bytes: more than the whole cache
    assertEquals(new SourceFileCache.Stats(0, 1, 0, 0), small.stats());
  }

  /** /proc's files state a size of 0 and change under the same stamp: never kept. */
  @Test
  void aFileThatHoldsMoreThanItsSizeSaysIsNotKept() throws Exception {
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isRegularFile(proc.resolve("status")), "no /proc here");
    SourceFileCache cache = settlingAtOnce();
    ModuleRoot root = ModuleRoot.directory(proc, cache);
    root.file("status", 1 << 20);
    root.file("status", 1 << 20);
    assertEquals(new SourceFileCache.Stats(0, 2, 0, 0), cache.stats());
  }
}
