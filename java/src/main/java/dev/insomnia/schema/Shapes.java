package dev.insomnia.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The building blocks of the schema; every rule text comes from the diagnostic catalog. */
public final class Shapes {
  private Shapes() {}

  public static Shape<String> string() {
    return new TextShape(Optional.empty(), Integer.MAX_VALUE, false);
  }

  public static Shape<String> nonEmptyString() {
    return new TextShape(Optional.empty(), Integer.MAX_VALUE, true);
  }

  /** A string matching {@code regex} entirely. */
  public static Shape<String> string(String regex) {
    return new TextShape(Optional.of(Pattern.compile(regex)), Integer.MAX_VALUE, false);
  }

  /** A string of at most {@code maxLength} characters (code points). */
  public static Shape<String> text(int maxLength) {
    return new TextShape(Optional.empty(), maxLength, false);
  }

  public static Shape<Long> integer(long min, long max) {
    return new IntegerShape(min, max);
  }

  /** An integer greater than 0. */
  public static Shape<Long> positiveInteger() {
    return new IntegerShape(1, Long.MAX_VALUE);
  }

  /** An integer within int bounds, read as an {@code Integer}. */
  public static Shape<Integer> smallInteger(int min, int max) {
    return new MappedShape<>(new IntegerShape(min, max), Long::intValue, Integer::longValue);
  }

  /** A number from {@code min} to {@code max} inclusive; integers are accepted. */
  public static Shape<Double> number(double min, double max) {
    return new NumberShape(min, max, false, "number-range", plain(min), plain(max));
  }

  /** A number strictly between 0 and 1. */
  public static Shape<Double> ratio() {
    return new NumberShape(0, 1, true, "ratio");
  }

  public static Shape<Boolean> bool() {
    return BooleanShape.INSTANCE;
  }

  /** One of {@code choices}, each written as its label. */
  public static <E> Shape<E> oneOf(List<E> choices, Function<E, String> label) {
    return new ChoiceShape<>(choices, label);
  }

  /** Exactly the string {@code value}. */
  public static Shape<String> exactly(String value) {
    return new ChoiceShape<>(List.of(value), Function.identity());
  }

  public static <T> Shape<List<T>> listOf(Shape<T> element) {
    return new ListShape<>(element, false);
  }

  /** A list in which no element appears twice. */
  public static <T> Shape<List<T>> uniqueListOf(Shape<T> element) {
    return new ListShape<>(element, true);
  }

  /** A table whose keys match {@code keyRegex}, each value of shape {@code values}. */
  public static <V> Shape<SortedMap<String, V>> mapOf(String keyRegex, Shape<V> values) {
    return new MapShape<>(Pattern.compile(keyRegex), values);
  }

  /** A path: absolute and normalised, or relative to the document's base directory. */
  public static Shape<Path> path() {
    return PathShape.INSTANCE;
  }

  /** {@code inner}, converted both ways. */
  public static <A, B> Shape<B> map(Shape<A> inner, Function<A, B> to, Function<B, A> from) {
    return new MappedShape<>(inner, to, from);
  }

  /**
   * {@code inner} with one more rule: values failing {@code test} break the catalog rule
   * {@code profile.value.rule.<ruleName>} (its text is looked up only when needed).
   */
  public static <T> Shape<T> refine(
      Shape<T> inner, Predicate<T> test, String ruleName, Object... ruleArgs) {
    return new RefinedShape<>(inner, test, ruleName, ruleArgs);
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
