package dev.insomnia.buildtools;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Every shape of lambda and method reference the lambda step must rewrite (DesugarLambdasTest
 * runs {@link #results} as javac compiled it and as the step rewrote it, and compares). Each
 * line names its shape; the conversions are LambdaMetafactory's: casts, boxing, unboxing and
 * widening, in arguments, captured values and results.
 */
public final class LambdaShapes {
  private final String name;
  private int counter;

  private LambdaShapes(String name) {
    this.name = name;
  }

  private String secret(String s) {
    return name + ":" + s;
  }

  private static String hidden(String s) {
    return "hidden " + s;
  }

  /** A nested class's lambdas join the outer class's nest and reach its private members. */
  final class Inner {
    Supplier<String> peek() {
      return () -> name + " " + (++counter) + " " + hidden("inner");
    }
  }

  /** A lambda in an interface's default method: the interface hosts the nest. */
  interface Named {
    String base();

    default Supplier<String> shout() {
      return () -> base().toUpperCase(java.util.Locale.ROOT) + "!";
    }
  }

  static Supplier<String> constant() {
    return () -> "constant";
  }

  public static List<String> results() {
    List<String> out = new ArrayList<>();
    LambdaShapes self = new LambdaShapes("self");
    int i = 41;
    long l = 1L << 40;
    double d = 2.5;
    String s = "text";

    out.add("non-capturing: " + constant().get());
    out.add("same instance when nothing is captured: " + (constant() == constant()));
    Supplier<String> captures = () -> s + i + l + d;
    out.add("captures int, long, double, String: " + captures.get());
    out.add("captures this: " + self.instanceLambda().get());
    Function<String, Integer> parse = Integer::parseInt;
    out.add("static ref, int boxed to Integer: " + parse.apply("12"));
    ToIntFunction<String> length = String::length;
    out.add("unbound receiver, int result: " + length.applyAsInt("four"));
    Function<String, Integer> boxedLength = String::length;
    out.add("unbound receiver, boxed result: " + boxedLength.apply("seven!!"));
    Function<String, String> bound = s::concat;
    out.add("bound receiver: " + bound.apply("+more"));
    Supplier<List<String>> newList = ArrayList::new;
    out.add("constructor: " + newList.get().getClass().getSimpleName());
    Function<String, StringBuilder> builder = StringBuilder::new;
    out.add("constructor with argument: " + builder.apply("sb").reverse());
    IntFunction<int[]> array = int[]::new;
    out.add("array constructor: " + array.apply(3).length);
    IntBinaryOperator max = Math::max;
    out.add("primitive interface: " + max.applyAsInt(3, 9));
    LongSupplier widened = "abcdef"::length;
    out.add("int result widened to long: " + widened.getAsLong());
    IntFunction<String> toText = Integer::toString;
    out.add("int argument: " + toText.apply(255));
    Function<Integer, String> hex = Integer::toHexString;
    out.add("Integer argument unboxed: " + hex.apply(255));
    ToLongFunction<Integer> asLong = Integer::longValue;
    out.add("unboxed receiver method, long result: " + asLong.applyAsLong(7));
    ToDoubleFunction<Integer> asDouble = Integer::intValue;
    out.add("int widened to double: " + asDouble.applyAsDouble(3));
    DoubleUnaryOperator root = Math::sqrt;
    out.add("double: " + root.applyAsDouble(16.0));
    Function<List<String>, Integer> size = List::size;
    out.add("interface method: " + size.apply(List.of("a", "b")));
    Supplier<Comparator<String>> natural = Comparator::naturalOrder;
    out.add("static interface method: " + natural.get().compare("a", "b"));
    List<String> sink = new ArrayList<>();
    Consumer<String> add = sink::add;
    add.accept("added");
    out.add("boolean result dropped for void: " + sink);
    Function<Object[], String> varargs = Arrays::toString;
    out.add("array argument: " + varargs.apply(new Object[] {1, "two"}));
    Predicate<String> empty = String::isEmpty;
    out.add("boolean result: " + empty.test("") + " " + empty.test("x"));
    BiFunction<String, Integer, Character> charAt = String::charAt;
    out.add("Integer unboxed, char boxed: " + charAt.apply("abc", 1));
    Function<String, String> privateInstance = self::secret;
    out.add("private instance method: " + privateInstance.apply("x"));
    Function<String, String> privateStatic = LambdaShapes::hidden;
    out.add("private static method: " + privateStatic.apply("y"));
    Inner inner = self.new Inner();
    out.add("nested class: " + inner.peek().get() + " / " + inner.peek().get());
    Named named = () -> "named";
    out.add("interface default method's lambda: " + named.shout().get());
    Supplier<String> serializable = (Supplier<String> & Serializable) () -> "serializable";
    out.add("serializable (left to the JDK): " + serializable.get());
    Function<String, Object> generic = t -> t.length() * 2;
    out.add("generic result: " + generic.apply("abc"));
    try {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Function<Object, Object> raw = (Function) boxedLength;
      raw.apply(42);
      out.add("raw call with a wrong type: no exception");
    } catch (ClassCastException e) {
      out.add("raw call with a wrong type: ClassCastException");
    }
    return out;
  }

  private Supplier<String> instanceLambda() {
    return () -> name + "/" + secret("inside");
  }
}
