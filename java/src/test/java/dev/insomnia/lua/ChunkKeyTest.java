package dev.insomnia.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ChunkKey's equality is written out by hand (no record bootstrap); it must match a record's. */
class ChunkKeyTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  void equalWhenNameAndDigestAre() {
    ChunkKey key = new ChunkKey("@p.lua", A);
    ChunkKey same = new ChunkKey(new String("@p.lua"), new String(A));
    assertEquals(key, same);
    assertEquals(key.hashCode(), same.hashCode());
  }

  @Test
  void otherNameOrDigestIsAnotherKey() {
    ChunkKey key = new ChunkKey("@p.lua", A);
    assertNotEquals(key, new ChunkKey("@q.lua", A));
    assertNotEquals(key, new ChunkKey("@p.lua", B));
    assertNotEquals(key, new ChunkKey("@q.lua", B));
    assertNotEquals(key, (Object) "@p.lua");
    assertNotEquals(key, null);
  }

  @Test
  void onlyLowerCaseHexDigests() {
    assertThrows(IllegalArgumentException.class, () -> new ChunkKey("@p.lua", A.toUpperCase()));
    assertThrows(IllegalArgumentException.class, () -> new ChunkKey("@p.lua", "abc"));
    assertThrows(IllegalArgumentException.class, () -> new ChunkKey("@p.lua", A + "0"));
    assertThrows(
        IllegalArgumentException.class, () -> new ChunkKey("@p.lua", "g" + A.substring(1)));
    assertThrows(
        IllegalArgumentException.class, () -> new ChunkKey("@p.lua", A.substring(1) + "/"));
  }
}
