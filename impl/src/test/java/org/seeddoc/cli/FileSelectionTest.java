package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.files.SeedFinder;

/** A folder walk in a repository picks seed documents, not READMEs, docs or dependencies. */
class FileSelectionTest {
  @TempDir Path dir;
  private String seed;

  @BeforeEach
  void readSeed() throws IOException {
    seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
  }

  private List<String> listed(String... paths) {
    return SeedFinder.discovering()
        .find(java.util.Arrays.stream(paths).map(Path::of).toList())
        .files()
        .stream()
        .map(f -> dir.relativize(f.path().toAbsolutePath()).toString())
        .toList();
  }

  @Test
  void seedDocumentsAreFilesNamedAsSeedsOrTxtAndMdFilesThatOpenWithThreeDashes()
      throws IOException {
    CliRun.write(dir, "README.md", "# A project\n");
    CliRun.write(dir, "docs/guide.md", "Some text\n---\n");
    CliRun.write(dir, "notes.txt", "---x\n");
    CliRun.write(dir, "seeds/100_0123456789abcdef.txt", "title: no envelope\n");
    CliRun.write(dir, "seeds/article.md", seed);
    CliRun.write(dir, "seeds/bom.txt", "\uFEFF" + seed);
    CliRun.write(dir, "seeds/crlf.txt", seed.replace("\n", "\r\n"));
    CliRun.write(dir, "node_modules/x/readme.txt", seed);
    CliRun.write(dir, "target/out.txt", seed);
    CliRun.write(dir, "build/out.md", seed);
    CliRun.write(dir, ".git/x.txt", seed);
    assertEquals(
        List.of(
            "seeds/100_0123456789abcdef.txt",
            "seeds/article.md",
            "seeds/bom.txt",
            "seeds/crlf.txt"),
        listed(dir.toString()));
  }

  @Test
  void aFileNamedOnTheCommandLineIsAlwaysTakenAndOnlyOnce() throws IOException {
    Path readme = CliRun.write(dir, "README.md", "# A project\n");
    Path file = CliRun.write(dir, "seeds/100_0123456789abcdef.txt", seed);
    assertEquals(
        List.of("README.md", "seeds/100_0123456789abcdef.txt"),
        listed(
            readme.toString(),
            file.toString(),
            dir.resolve("seeds/../seeds/100_0123456789abcdef.txt").toString(),
            dir.resolve("seeds").toString()));
  }
}
