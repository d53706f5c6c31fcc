import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Build step of the library and the CLI (process-classes): turns every lambda and method
 * reference that javac compiled to an {@code invokedynamic} of {@code
 * LambdaMetafactory.metafactory} into a call of a small class written beside its caller, as
 * javac's inner classes would be.
 *
 * <p>Why: each such call site is linked on its first run by a bootstrap method that the JVM
 * interprets at start-up (method types, member names, a constant method handle, the lambda
 * class looked up in the class-data archive); a cold {@code insomnia-pod --profile default}
 * linked ~110 of them, ~35 ms of CPU on a 2-core machine (docs/decisions.md, "Lambdas
 * compiled to classes"). A plain class loads from the archive and costs nothing to link.
 *
 * <p>What a generated class {@code Caller$$Lambda$N} is: final, a nestmate of its caller (so it
 * may call the caller's private {@code lambda$...} methods, as the JDK's own lambda classes
 * may), implementing the functional interface; the captured values are final fields; {@code
 * create(captured...)} replaces the {@code invokedynamic} with the same descriptor (a lambda
 * that captures nothing is one shared instance, as the JDK's is). Its interface method adapts
 * arguments and result exactly as {@code LambdaMetafactory} specifies: casts to the
 * instantiated types, boxing, unboxing and primitive widening. Call sites of {@code
 * altMetafactory} (serializable lambdas, marker interfaces, bridges) are left alone.
 *
 * <p>Idempotent: a class with no such call site is not touched, so a rerun over its own output
 * changes nothing. Run as a single source file: {@code java -cp asm.jar DesugarLambdas.java
 * CLASSES_DIR}.
 */
public final class DesugarLambdas {
  private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";
  private static final String MARK = "$$Lambda$";

  /** One call site: what the generated class needs. */
  record Site(
      String caller,
      int index,
      String interfaceMethod,
      Type factoryType,
      Type samType,
      Handle impl,
      Type instantiatedType) {
    String className() {
      return caller + MARK + index;
    }

    Type interfaceType() {
      return factoryType.getReturnType();
    }

    Type[] captured() {
      return factoryType.getArgumentTypes();
    }
  }

  /** What a first pass learns of a class file. */
  record Scanned(
      Path file, byte[] bytes, String name, String nestHost, String sourceFile, List<Site> sites) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DesugarLambdas CLASSES_DIR");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    if (!Files.isDirectory(root)) return; // a module with no classes
    List<Scanned> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(DesugarLambdas::isClassFile)::iterator) {
        classes.add(scan(file, Files.readAllBytes(file)));
      }
    }
    classes.sort(Comparator.comparing(Scanned::name)); // the same bytes every build
    // Every generated class joins its caller's nest, so the nest host lists it.
    Map<String, Set<String>> newMembers = new LinkedHashMap<>();
    for (Scanned c : classes) {
      for (Site site : c.sites()) {
        newMembers.computeIfAbsent(c.nestHost(), h -> new LinkedHashSet<>()).add(site.className());
      }
    }
    // Everything is built in memory first: a failure writes nothing.
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    int sites = 0;
    for (Scanned c : classes) {
      Set<String> members = newMembers.getOrDefault(c.name(), Set.of());
      if (c.sites().isEmpty() && members.isEmpty()) continue;
      outputs.put(c.file(), rewrite(c.bytes(), c, members));
      for (Site site : c.sites()) {
        outputs.put(c.file().resolveSibling(simpleName(site.className()) + ".class"),
            lambdaClass(site, c.nestHost(), c.sourceFile()));
        sites++;
      }
    }
    for (Scanned c : classes) {
      // A caller with call sites was just compiled: classes written for an earlier version of
      // it (which may have had more lambdas) go.
      if (!c.sites().isEmpty()) deleteGenerated(c);
    }
    for (Map.Entry<Path, byte[]> output : outputs.entrySet()) {
      Files.write(output.getKey(), output.getValue());
    }
    System.out.println("desugared " + sites + " lambda call sites in " + root);
  }

  private static String simpleName(String internalName) {
    return internalName.substring(internalName.lastIndexOf('/') + 1);
  }

  private static void deleteGenerated(Scanned caller) throws IOException {
    String prefix = simpleName(caller.name()) + MARK;
    try (Stream<Path> siblings = Files.list(caller.file().getParent())) {
      for (Path file : (Iterable<Path>) siblings::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".class")
            && name.substring(prefix.length(), name.length() - 6).chars().allMatch(Character::isDigit)) {
          Files.delete(file);
        }
      }
    }
  }

  private static boolean isClassFile(Path file) {
    return file.toString().endsWith(".class") && Files.isRegularFile(file);
  }

  static boolean isMetafactory(Handle bsm) {
    return bsm.getOwner().equals(METAFACTORY_OWNER) && bsm.getName().equals("metafactory");
  }

  // ---- pass 1: find the call sites and the nest host ----

  private static Scanned scan(Path file, byte[] bytes) {
    List<Site> sites = new ArrayList<>();
    String[] names = new String[3]; // this class, its nest host, its source file
    new ClassReader(bytes)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public void visit(
                  int version, int access, String name, String sig, String sup, String[] itfs) {
                names[0] = name;
                names[1] = name;
              }

              @Override
              public void visitNestHost(String host) {
                names[1] = host;
              }

              @Override
              public void visitSource(String source, String debug) {
                names[2] = source;
              }

              @Override
              public MethodVisitor visitMethod(
                  int access, String name, String desc, String sig, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                  @Override
                  public void visitInvokeDynamicInsn(
                      String method, String desc, Handle bsm, Object... bsmArgs) {
                    if (isMetafactory(bsm)) {
                      sites.add(
                          new Site(names[0], sites.size(), method, Type.getMethodType(desc),
                              (Type) bsmArgs[0], (Handle) bsmArgs[1], (Type) bsmArgs[2]));
                    }
                  }
                };
              }
            },
            ClassReader.SKIP_FRAMES); // debug attributes kept: visitSource gives the file name
    return new Scanned(file, bytes, names[0], names[1], names[2], List.copyOf(sites));
  }

  // ---- pass 2: rewrite the callers and write the classes ----

  /** The caller with each site replaced by {@code invokestatic create}, in the same order. */
  private static byte[] rewrite(byte[] bytes, Scanned scanned, Set<String> newMembers) {
    ClassReader reader = new ClassReader(bytes);
    // Same stack effect, so the frames and maximums read are still right; a fresh constant pool
    // drops the bootstrap entries no instruction uses any more.
    ClassWriter writer = new ClassWriter(0);
    int[] next = {0};
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          private final Set<String> members = new LinkedHashSet<>();

          @Override
          public void visitNestMember(String member) {
            members.add(member);
          }

          @Override
          public MethodVisitor visitMethod(
              int access, String name, String desc, String sig, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, desc, sig, exceptions);
            return new MethodVisitor(Opcodes.ASM9, mv) {
              @Override
              public void visitInvokeDynamicInsn(
                  String method, String desc, Handle bsm, Object... bsmArgs) {
                if (!isMetafactory(bsm)) {
                  super.visitInvokeDynamicInsn(method, desc, bsm, bsmArgs);
                  return;
                }
                Site site = scanned.sites().get(next[0]++);
                super.visitMethodInsn(
                    Opcodes.INVOKESTATIC, site.className(), "create", desc, false);
              }
            };
          }

          @Override
          public void visitEnd() {
            members.addAll(newMembers);
            for (String member : members) super.visitNestMember(member);
            super.visitEnd();
          }
        },
        0);
    return writer.toByteArray();
  }

  /** The class that {@code site}'s lambda is an instance of. */
  static byte[] lambdaClass(Site site, String nestHost, String sourceFile) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    String self = site.className();
    String itf = site.interfaceType().getInternalName();
    Type[] captured = site.captured();
    cw.visit(Opcodes.V11, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
        self, null, "java/lang/Object", new String[] {itf});
    if (sourceFile != null) cw.visitSource(sourceFile, null); // stack traces name the caller's file
    cw.visitNestHost(nestHost);
    for (int i = 0; i < captured.length; i++) {
      cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
          "arg$" + i, captured[i].getDescriptor(), null, null).visitEnd();
    }
    Type selfType = Type.getObjectType(self);
    String constructorDesc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);

    MethodVisitor init = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", constructorDesc, null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    int slot = 1;
    for (int i = 0; i < captured.length; i++) {
      init.visitVarInsn(Opcodes.ALOAD, 0);
      init.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
      init.visitFieldInsn(Opcodes.PUTFIELD, self, "arg$" + i, captured[i].getDescriptor());
      slot += captured[i].getSize();
    }
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    MethodVisitor create = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "create",
        site.factoryType().getDescriptor(), null, null);
    create.visitCode();
    if (captured.length == 0) {
      // one shared instance, as the JDK gives a lambda that captures nothing
      cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL
          | Opcodes.ACC_SYNTHETIC, "INSTANCE", selfType.getDescriptor(), null, null).visitEnd();
      MethodVisitor clinit = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
      clinit.visitCode();
      clinit.visitTypeInsn(Opcodes.NEW, self);
      clinit.visitInsn(Opcodes.DUP);
      clinit.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", "()V", false);
      clinit.visitFieldInsn(Opcodes.PUTSTATIC, self, "INSTANCE", selfType.getDescriptor());
      clinit.visitInsn(Opcodes.RETURN);
      clinit.visitMaxs(0, 0);
      clinit.visitEnd();
      create.visitFieldInsn(Opcodes.GETSTATIC, self, "INSTANCE", selfType.getDescriptor());
    } else {
      create.visitTypeInsn(Opcodes.NEW, self);
      create.visitInsn(Opcodes.DUP);
      slot = 0;
      for (Type t : captured) {
        create.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
        slot += t.getSize();
      }
      create.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", constructorDesc, false);
    }
    create.visitInsn(Opcodes.ARETURN);
    create.visitMaxs(0, 0);
    create.visitEnd();

    writeInterfaceMethod(cw, site);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** The functional interface's method: captured values, then the arguments, into the target. */
  private static void writeInterfaceMethod(ClassWriter cw, Site site) {
    Type sam = site.samType();
    Type instantiated = site.instantiatedType();
    Handle impl = site.impl();
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL,
        site.interfaceMethod(), sam.getDescriptor(), null, null);
    mv.visitCode();
    int tag = impl.getTag();
    boolean constructs = tag == Opcodes.H_NEWINVOKESPECIAL;
    if (constructs) {
      mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
      mv.visitInsn(Opcodes.DUP);
    }
    List<Type> targetParams = new ArrayList<>();
    if (tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE
        || tag == Opcodes.H_INVOKESPECIAL) {
      targetParams.add(Type.getObjectType(impl.getOwner())); // the receiver
    }
    targetParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
    Type[] captured = site.captured();
    Type[] samParams = sam.getArgumentTypes();
    Type[] instantiatedParams = instantiated.getArgumentTypes();
    if (captured.length + samParams.length != targetParams.size()) {
      throw new IllegalStateException(site.caller() + ": " + impl + " takes "
          + targetParams.size() + " values, the lambda gives " + (captured.length
          + samParams.length));
    }
    int p = 0;
    for (int i = 0; i < captured.length; i++, p++) {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitFieldInsn(Opcodes.GETFIELD, site.className(), "arg$" + i, captured[i].getDescriptor());
      convert(mv, captured[i], targetParams.get(p), captured[i]);
    }
    int slot = 1;
    for (int i = 0; i < samParams.length; i++, p++) {
      Type from = samParams[i];
      mv.visitVarInsn(from.getOpcode(Opcodes.ILOAD), slot);
      slot += from.getSize();
      Type wanted = instantiatedParams[i];
      if (isReference(from) && isReference(wanted) && !wanted.equals(from)) {
        mv.visitTypeInsn(Opcodes.CHECKCAST, wanted.getInternalName());
        from = wanted;
      }
      convert(mv, from, targetParams.get(p), wanted);
    }
    Type result = invoke(mv, site);
    if (constructs) result = Type.getObjectType(impl.getOwner());
    Type samResult = sam.getReturnType();
    if (samResult.getSort() == Type.VOID) {
      if (result.getSort() != Type.VOID) mv.visitInsn(result.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
    } else {
      convert(mv, result, samResult, instantiated.getReturnType());
    }
    mv.visitInsn(samResult.getOpcode(Opcodes.IRETURN));
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** Calls the target; returns the type it leaves on the stack. */
  private static Type invoke(MethodVisitor mv, Site site) {
    Handle impl = site.impl();
    String owner = impl.getOwner();
    switch (impl.getTag()) {
      case Opcodes.H_INVOKESTATIC:
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, impl.getName(), impl.getDesc(),
            impl.isInterface());
        break;
      case Opcodes.H_INVOKEVIRTUAL:
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, impl.getName(), impl.getDesc(), false);
        break;
      case Opcodes.H_INVOKEINTERFACE:
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, owner, impl.getName(), impl.getDesc(), true);
        break;
      case Opcodes.H_INVOKESPECIAL:
        // javac's handle to a private method of the nest: a nestmate calls it virtually
        mv.visitMethodInsn(impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
            owner, impl.getName(), impl.getDesc(), impl.isInterface());
        break;
      case Opcodes.H_NEWINVOKESPECIAL:
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", impl.getDesc(), false);
        break;
      default:
        throw new IllegalStateException(site.caller() + ": unsupported method handle " + impl);
    }
    return Type.getReturnType(impl.getDesc());
  }

  // ---- LambdaMetafactory's conversions ----

  private static boolean isReference(Type t) {
    return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
  }

  /** The primitive a wrapper class boxes, or null. */
  private static Type unwrapped(Type t) {
    if (t.getSort() != Type.OBJECT) return null;
    switch (t.getInternalName()) {
      case "java/lang/Boolean": return Type.BOOLEAN_TYPE;
      case "java/lang/Byte": return Type.BYTE_TYPE;
      case "java/lang/Character": return Type.CHAR_TYPE;
      case "java/lang/Short": return Type.SHORT_TYPE;
      case "java/lang/Integer": return Type.INT_TYPE;
      case "java/lang/Long": return Type.LONG_TYPE;
      case "java/lang/Float": return Type.FLOAT_TYPE;
      case "java/lang/Double": return Type.DOUBLE_TYPE;
      default: return null;
    }
  }

  private static Type wrapper(Type primitive) {
    switch (primitive.getSort()) {
      case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
      case Type.BYTE: return Type.getObjectType("java/lang/Byte");
      case Type.CHAR: return Type.getObjectType("java/lang/Character");
      case Type.SHORT: return Type.getObjectType("java/lang/Short");
      case Type.INT: return Type.getObjectType("java/lang/Integer");
      case Type.LONG: return Type.getObjectType("java/lang/Long");
      case Type.FLOAT: return Type.getObjectType("java/lang/Float");
      case Type.DOUBLE: return Type.getObjectType("java/lang/Double");
      default: throw new IllegalArgumentException("not a primitive: " + primitive);
    }
  }

  /**
   * Converts the value on the stack from {@code from} to {@code to}; {@code hint} is the
   * instantiated type, which says which wrapper an {@code Object} holds or a primitive becomes.
   */
  static void convert(MethodVisitor mv, Type from, Type to, Type hint) {
    if (from.equals(to)) return;
    if (!isReference(from) && !isReference(to)) {
      widen(mv, from, to);
    } else if (!isReference(from)) { // boxing, after widening to the wrapper's primitive
      Type primitive = unwrapped(to) != null ? unwrapped(to)
          : unwrapped(hint) != null ? unwrapped(hint) : from;
      widen(mv, from, primitive);
      Type box = wrapper(primitive);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
          Type.getMethodDescriptor(box, primitive), false);
    } else if (!isReference(to)) { // unboxing, then widening
      Type box = unwrapped(from) != null ? from : unwrapped(hint) != null ? hint : null;
      if (box == null && to.getSort() != Type.BOOLEAN && to.getSort() != Type.CHAR) {
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Number");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Number", to.getClassName() + "Value",
            Type.getMethodDescriptor(to), false);
        return;
      }
      if (box == null) box = wrapper(to);
      if (!box.equals(from)) mv.visitTypeInsn(Opcodes.CHECKCAST, box.getInternalName());
      Type primitive = unwrapped(box);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box.getInternalName(),
          primitive.getClassName() + "Value", Type.getMethodDescriptor(primitive), false);
      widen(mv, primitive, to);
    } else if (!to.getDescriptor().equals("Ljava/lang/Object;")) {
      mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
    }
  }

  /** Primitive widening (the only primitive conversion LambdaMetafactory allows). */
  private static void widen(MethodVisitor mv, Type from, Type to) {
    int f = stackSort(from);
    int t = stackSort(to);
    if (f == t) return;
    if (f == Type.INT && t == Type.LONG) mv.visitInsn(Opcodes.I2L);
    else if (f == Type.INT && t == Type.FLOAT) mv.visitInsn(Opcodes.I2F);
    else if (f == Type.INT && t == Type.DOUBLE) mv.visitInsn(Opcodes.I2D);
    else if (f == Type.LONG && t == Type.FLOAT) mv.visitInsn(Opcodes.L2F);
    else if (f == Type.LONG && t == Type.DOUBLE) mv.visitInsn(Opcodes.L2D);
    else if (f == Type.FLOAT && t == Type.DOUBLE) mv.visitInsn(Opcodes.F2D);
    else throw new IllegalStateException("no widening from " + from + " to " + to);
  }

  /** The JVM's computational type: boolean, byte, char and short are ints on the stack. */
  private static int stackSort(Type t) {
    switch (t.getSort()) {
      case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: return Type.INT;
      default: return t.getSort();
    }
  }
}
