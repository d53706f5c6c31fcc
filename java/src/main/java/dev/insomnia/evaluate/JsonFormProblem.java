package dev.insomnia.evaluate;

/**
 * Why a returned value has no JSON form, as "expected X, found Y" (the {@code profile.type}
 * wording), from the native encoder's refusal message (ins_json.c). A message this does not
 * know keeps its own words as what was found.
 */
record JsonFormProblem(String expected, String found) {
  private static final String NO_JSON_FORM = " has no JSON form";
  private static final String ANY = "a string, a finite number, a boolean or a table";

  static JsonFormProblem of(String message) {
    if (message.startsWith("NaN")) {
      return new JsonFormProblem("a finite number", "NaN or an infinity");
    }
    if (message.startsWith("a ") && message.endsWith(NO_JSON_FORM)) { // "a function has ..."
      return new JsonFormProblem(
          ANY, message.substring(0, message.length() - NO_JSON_FORM.length()));
    }
    if (message.startsWith("a table key is a ")) {
      String type = message.substring("a table key is a ".length()).split(";", 2)[0];
      return new JsonFormProblem(
          "a list (keys 1..n) or a table with string keys", "a table with a " + type + " key");
    }
    if (message.startsWith("the table mixes")) {
      return new JsonFormProblem(
          "either a list or a table of named fields", "a table that mixes list items and named"
              + " fields");
    }
    if (message.startsWith("the array has holes")) {
      return new JsonFormProblem(
          "a list without holes", "a list with holes (" + after(message, ": ") + ")");
    }
    if (message.startsWith("the table contains itself")) {
      return new JsonFormProblem("a table that does not contain itself", "a cycle");
    }
    if (message.startsWith("the string is not valid UTF-8")) {
      return new JsonFormProblem(
          "a UTF-8 string", "a string that is not valid UTF-8 " + after(message, "UTF-8 "));
    }
    return new JsonFormProblem("a value with a JSON form", message);
  }

  private static String after(String message, String marker) {
    int at = message.indexOf(marker);
    return at < 0 ? message : message.substring(at + marker.length());
  }
}
