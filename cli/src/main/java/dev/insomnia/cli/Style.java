package dev.insomnia.cli;

import java.util.Map;

/**
 * Terminal styling: ANSI colours on an interactive terminal, plain text otherwise or when
 * {@code NO_COLOR} is set (https://no-color.org) or {@code TERM=dumb}.
 */
record Style(boolean color) {
  static final Style PLAIN = new Style(false);

  static Style detect(Map<String, String> env, boolean interactive) {
    boolean noColor = env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty();
    boolean dumb = "dumb".equals(env.get("TERM"));
    return new Style(interactive && !noColor && !dumb);
  }

  String error(String s) {
    return wrap("1;31", s);
  }

  String warning(String s) {
    return wrap("1;33", s);
  }

  String emphasis(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2;34", s);
  }

  private String wrap(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
