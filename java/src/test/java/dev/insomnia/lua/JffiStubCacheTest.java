package dev.insomnia.lua;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jffi's stub is cached under its jar entry's CRC-32 and size, so a start that finds it reads
 * no stub bytes; a cached file of the wrong size is replaced; outside a jar it is hashed.
 */
class JffiStubCacheTest {
  private static final String NAME = "libjffi-1.2.so";
  @TempDir Path dir;
  private String previousCache;

  @BeforeEach
  void privateCache() {
    previousCache = System.getProperty(NativeLibrary.CACHE_PROPERTY);
    System.setProperty(NativeLibrary.CACHE_PROPERTY, dir.resolve("cache").toString());
  }

  @AfterEach
  void restoreCache() {
    if (previousCache == null) System.clearProperty(NativeLibrary.CACHE_PROPERTY);
    else System.setProperty(NativeLibrary.CACHE_PROPERTY, previousCache);
  }

  @Test
  void extractsUnderTheEntryChecksumAndReusesWithoutReading() throws Exception {
    byte[] stub = bytes(4096, 7);
    URL url = jarEntry(stub);
    Path first = NativeLibrary.extractJffiStub(url, NAME);
    CRC32 crc = new CRC32();
    crc.update(stub);
    assertEquals(
        dir.resolve("cache").resolve("jffi-" + Long.toHexString(crc.getValue()) + "-4096"),
        first.getParent());
    assertArrayEquals(stub, Files.readAllBytes(first));

    // A second start trusts the cached file of the right size in the private cache.
    byte[] marker = bytes(4096, 9);
    Files.write(first, marker);
    assertEquals(first, NativeLibrary.extractJffiStub(url, NAME));
    assertArrayEquals(marker, Files.readAllBytes(first), "the cached copy was not reused");
  }

  @Test
  void replacesACachedFileOfTheWrongSize() throws Exception {
    byte[] stub = bytes(2048, 3);
    URL url = jarEntry(stub);
    Path cached = NativeLibrary.extractJffiStub(url, NAME);
    Files.write(cached, new byte[10]);
    assertArrayEquals(stub, Files.readAllBytes(NativeLibrary.extractJffiStub(url, NAME)));
  }

  @Test
  void hashesAStubOutsideAJar() throws Exception {
    byte[] stub = bytes(1000, 5);
    Path file = Files.write(dir.resolve(NAME), stub);
    Path extracted = NativeLibrary.extractJffiStub(file.toUri().toURL(), NAME);
    assertTrue(extracted.startsWith(dir.resolve("cache")));
    assertEquals(NativeLibrary.sha256(stub).substring(0, 32), extracted.getParent().getFileName().toString());
    assertArrayEquals(stub, Files.readAllBytes(extracted));
  }

  private URL jarEntry(byte[] content) throws Exception {
    Path jar = dir.resolve("jffi-native-" + content.length + ".jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("jni/x86_64-Linux/" + NAME));
      zip.write(content);
      zip.closeEntry();
    }
    return new URL("jar:" + jar.toUri() + "!/jni/x86_64-Linux/" + NAME);
  }

  private static byte[] bytes(int size, int seed) {
    byte[] data = new byte[size];
    for (int i = 0; i < size; i++) data[i] = (byte) (i * seed + 1);
    return data;
  }
}
