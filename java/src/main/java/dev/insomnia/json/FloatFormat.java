package dev.insomnia.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The canonical text of a float: the shortest of 15, 16 or 17 significant digits that reads
 * back as the same double (the native encoder's rule), trailing zeros removed, always with a
 * '.' or an exponent so it never reads back as an integer: {@code 1.0}, {@code 0.8}, {@code
 * 1.5e-7}, {@code 1.0e21}. Computed with BigDecimal rather than {@link Double#toString}, whose
 * digits changed between JDK releases.
 */
final class FloatFormat {
  private FloatFormat() {}

  static String format(double value) {
    if (value == 0) return (1 / value < 0) ? "-0.0" : "0.0";
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    for (int digits = 15; digits < 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        shortest = rounded;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1; // of the leading digit
    if (exponent >= -6 && exponent < 21) {
      String plain = shortest.toPlainString();
      return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
    String digits = shortest.unscaledValue().abs().toString();
    StringBuilder s = new StringBuilder(digits.length() + 8);
    if (shortest.signum() < 0) s.append('-');
    s.append(digits.charAt(0)).append('.');
    s.append(digits.length() > 1 ? digits.substring(1) : "0");
    return s.append('e').append(exponent).toString();
  }
}
