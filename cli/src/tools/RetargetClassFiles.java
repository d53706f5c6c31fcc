import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the launcher (cli/pom.xml, package phase): copies a jar, rewriting every class
 * file older than Java 8 to class-file version 52 with stack map frames computed by ASM.
 *
 * <p>Why: picocli ships Java 5 class files (version 49). JDK 17's class-data sharing never
 * archives those, and they go through the old type-inferring verifier, so every start of
 * insomnia-pod loaded and verified picocli's ~180 classes from the jar (docs/decisions.md,
 * "picocli's class files"). Version 52 with frames is what javac would emit for the same
 * bytecode; behaviour is unchanged. Run as a single source file: {@code java -cp asm.jar
 * RetargetClassFiles.java IN.jar OUT.jar}; OUT is written beside and renamed into place.
 */
public final class RetargetClassFiles {
  private static final int TARGET = Opcodes.V1_8;
  /** Fixed entry times keep the output byte-identical for the same input. */
  private static final long ENTRY_TIME = 315532800000L; // 1980-01-01, the zip epoch

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RetargetClassFiles IN.jar OUT.jar");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    int rewritten = 0;
    try (InputStream source = Files.newInputStream(in);
        ZipInputStream jar = new ZipInputStream(source);
        OutputStream sink = Files.newOutputStream(partial);
        ZipOutputStream copy = new ZipOutputStream(sink)) {
      for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
        byte[] bytes = jar.readAllBytes();
        if (needsRetarget(entry.getName(), bytes)) {
          bytes = retarget(bytes);
          rewritten++;
        }
        ZipEntry written = new ZipEntry(entry.getName());
        written.setTime(ENTRY_TIME);
        copy.putNextEntry(written);
        copy.write(bytes);
        copy.closeEntry();
      }
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("retargeted " + rewritten + " class files of " + in.getFileName());
  }

  /** Class files below version 52, outside META-INF (multi-release entries are left alone). */
  private static boolean needsRetarget(String name, byte[] bytes) {
    if (!name.endsWith(".class") || name.startsWith("META-INF/")) return false;
    int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    return major < 52;
  }

  private static byte[] retarget(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    // No reader passed to the writer: methods must be re-emitted so frames get computed.
    // COMPUTE_FRAMES resolves common super classes with Class.forName, so the jar being
    // rewritten must be on this tool's class path.
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version, int access, String name, String signature, String superName,
              String[] interfaces) {
            super.visit(TARGET, access, name, signature, superName, interfaces);
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
