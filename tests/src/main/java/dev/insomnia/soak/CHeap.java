package dev.insomnia.soak;

import com.kenai.jffi.Function;
import com.kenai.jffi.HeapInvocationBuffer;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.Struct;
import com.kenai.jffi.Type;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bytes the C heap has handed out and not had back, over every malloc arena of the process
 * (glibc's {@code mallinfo2}: {@code uordblks + hblkhd}), called through jffi, the native-call
 * layer the engine already uses; empty where the C library has no {@code mallinfo2}. Unlike
 * RSS it does not count memory the allocator keeps after a free, so it comes back to where
 * it was once every evaluation is over; unlike the shim's per-evaluation counter it also
 * sees what the shim allocates outside Lua states (results, output, the prelude). The JVM
 * allocates from the same heap: {@link NativeMemoryTracking} says how much of it is the
 * JVM's own.
 */
final class CHeap {
  /** struct mallinfo2: ten size_t fields. */
  private static final int FIELDS = 10;

  private static final int UORDBLKS = 7; // bytes in chunks in use (every arena)

  private static final int HBLKHD = 4; // bytes in chunks mmapped on their own

  private static final Optional<Function> MALLINFO2 = bind();

  private CHeap() {}

  static OptionalLong inUseBytes() {
    if (MALLINFO2.isEmpty()) return OptionalLong.empty();
    Function f = MALLINFO2.get();
    byte[] raw = Invoker.getInstance().invokeStruct(f, new HeapInvocationBuffer(f));
    ByteBuffer fields = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
    return OptionalLong.of(fields.getLong(UORDBLKS * Long.BYTES)
        + fields.getLong(HBLKHD * Long.BYTES));
  }

  private static Optional<Function> bind() {
    try {
      Library libc = Library.getDefault();
      long address = libc == null ? 0 : libc.getSymbolAddress("mallinfo2");
      if (address == 0 || Long.BYTES != Type.POINTER.size()) return Optional.empty();
      Type[] fields = new Type[FIELDS];
      java.util.Arrays.fill(fields, Type.UINT64);
      return Optional.of(new Function(address, Struct.newStruct(fields)));
    } catch (RuntimeException | LinkageError e) { // no jffi stub for this platform, no symbol
      return Optional.empty();
    }
  }
}
