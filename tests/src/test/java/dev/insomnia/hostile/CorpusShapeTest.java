package dev.insomnia.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corpus is large enough, covers every category, and commits nothing dangerous. */
class CorpusShapeTest {
  private static final int AT_LEAST_CASES = 70;
  private static final int AT_LEAST_PER_CATEGORY = 5;

  @Test
  void hasEnoughCasesInEveryCategory() throws IOException {
    List<HostileCase> cases = Corpus.cases();
    assertTrue(cases.size() >= AT_LEAST_CASES, "only " + cases.size() + " cases");
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (HostileCase c : cases) counts.merge(c.category(), 1, Integer::sum);
    for (Category category : Category.values()) {
      int n = counts.getOrDefault(category, 0);
      assertTrue(n >= AT_LEAST_PER_CATEGORY, category.prefix() + " has " + n + " cases");
    }
  }

  @Test
  void everyCaseSaysWhatItAttacks() throws IOException {
    for (HostileCase c : Corpus.cases()) {
      assertTrue(c.attack().length() >= 10, c.fileName() + ": say what it attacks");
    }
  }

  /** Links are made at run time: a committed link out of the tree would be a hazard itself. */
  @Test
  void noSymlinkIsCommitted() throws IOException {
    assertEquals(List.of(), Corpus.committedSymlinks());
  }

  /** ctest runs the corpus from the source tree, where the declared links do not exist. */
  @Test
  void casesNeedingSymlinksSkipTheNativeRun() throws IOException {
    for (HostileCase c : Corpus.cases()) {
      if (!c.symlinks().isEmpty()) assertTrue(c.nativeSkip(), c.fileName());
    }
  }
}
