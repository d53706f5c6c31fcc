package dev.insomnia.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.profile.Profile;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The build's lambda step (build-tools/DesugarLambdas.java, docs/decisions.md "Lambdas
 * compiled to classes"): it leaves no lambda call site in the library's classes, and a class it
 * rewrote behaves as javac compiled it.
 */
class DesugarLambdasTest {

  @Test
  void theLibraryLinksNoLambdaCallSites() throws Exception {
    Path classes = location(Profile.class);
    List<String> left = lambdaCallSites(classes);
    assertEquals(List.of(), left, "lambda call sites the build's step did not rewrite");
    try (Stream<Path> files = Files.walk(classes)) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().contains("$$Lambda$")),
          "the step wrote no classes: is it still bound to process-classes?");
    }
  }

  @Test
  void rewrittenClassesBehaveAsCompiled(@TempDir Path scratch) throws Exception {
    Path compiled = location(LambdaShapes.class);
    Path pkg = Path.of("dev", "insomnia", "buildtools");
    Files.createDirectories(scratch.resolve(pkg));
    try (Stream<Path> files = Files.list(compiled.resolve(pkg))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().startsWith("LambdaShapes")) {
          Files.copy(f, scratch.resolve(pkg).resolve(f.getFileName()));
        }
      }
    }
    assertTrue(lambdaCallSites(scratch).size() > 25, "the fixture lost its lambdas");

    run(scratch);
    assertEquals(List.of(), lambdaCallSites(scratch));
    run(scratch); // a second run over its own output changes nothing
    assertEquals(List.of(), lambdaCallSites(scratch));

    List<String> expected = LambdaShapes.results();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {scratch.toUri().toURL()},
            ClassLoader.getPlatformClassLoader())) {
      Class<?> rewritten = loader.loadClass(LambdaShapes.class.getName());
      Method results = rewritten.getMethod("results");
      @SuppressWarnings("unchecked")
      List<String> actual = (List<String>) results.invoke(null);
      assertEquals(expected, actual);
      // the rewritten class really ran generated classes, not the JDK's lambdas
      assertTrue(rewritten.getClassLoader() == loader);
      loader.loadClass(LambdaShapes.class.getName() + "$$Lambda$0");
    }
    // stack traces through a generated class name the caller's source file
    String[] source = new String[1];
    new ClassReader(Files.readAllBytes(scratch.resolve(pkg).resolve("LambdaShapes$$Lambda$0.class")))
        .accept(new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visitSource(String file, String debug) {
            source[0] = file;
          }
        }, 0);
    assertEquals("LambdaShapes.java", source[0]);
  }

  /** Runs the tool as the build does: a single source file with ASM on the class path. */
  private static void run(Path classes) throws IOException, InterruptedException {
    Path tool = Path.of(System.getProperty("user.dir")).resolve("../build-tools/DesugarLambdas.java");
    Path asm = location(ClassReader.class);
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", asm.toString(), tool.toString(), classes.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), output);
  }

  /** "Class.method" for every invokedynamic of LambdaMetafactory.metafactory under root. */
  private static List<String> lambdaCallSites(Path root) throws IOException {
    List<String> sites = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".class"))::iterator) {
        ClassReader reader = new ClassReader(Files.readAllBytes(f));
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
          @Override
          public MethodVisitor visitMethod(int access, String name, String desc, String sig,
              String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
              @Override
              public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                    && bsm.getName().equals("metafactory")) {
                  sites.add(reader.getClassName() + "." + name);
                }
              }
            };
          }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      }
    }
    return sites;
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
