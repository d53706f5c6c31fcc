package dev.insomnia.modules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The $insomnia/prompts/ assets. */
class BuiltinPromptsTest {

  @ParameterizedTest
  @ValueSource(strings = {"default", "coder", "reviewer"})
  void builtinPromptsExist(String name) {
    String ref = "$insomnia/prompts/" + name + ".md";
    byte[] bytes = BuiltinPrompts.read(ref).orElseThrow();
    assertTrue(new String(bytes, UTF_8).startsWith("You are "), ref);
    assertEquals(Optional.of(Sha256.hex(bytes)), BuiltinPrompts.sha256(ref));
  }

  @Test
  void readReturnsACopy() {
    String ref = "$insomnia/prompts/coder.md";
    BuiltinPrompts.read(ref).orElseThrow()[0] = 0;
    assertEquals('Y', BuiltinPrompts.read(ref).orElseThrow()[0]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$insomnia/prompts/nope.md",
        "$insomnia/prompts/../host/insomnia.lua",
        "$insomnia/prompts/../catalog/models.toml",
        "$insomnia/prompts/./coder.md",
        "$insomnia/prompts//coder.md",
        "$insomnia/prompts/",
        "$insomnia/prompts",
        "$insomnia/coder.md",
        "$user/prompts/coder.md",
        "$workspace/prompts/coder.md",
        "prompts/coder.md",
        "$insomnia/prompts/coder.md/",
        "$insomnia/prompts/co der.md"
      })
  void otherRefsFindNothing(String ref) {
    assertEquals(Optional.empty(), BuiltinPrompts.read(ref));
    assertEquals(Optional.empty(), BuiltinPrompts.sha256(ref));
  }
}
