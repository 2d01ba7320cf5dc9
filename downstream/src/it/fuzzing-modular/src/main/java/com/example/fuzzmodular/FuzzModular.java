package com.example.fuzzmodular;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.seeddoc.testkit.fuzz.FuzzAssets;
import org.seeddoc.testkit.fuzz.FuzzInput;
import org.seeddoc.testkit.fuzz.FuzzedFile;
import org.seeddoc.testkit.fuzz.LibraryOracles;

/** Makes files from random bytes and holds each to the library's promises, on the module path. */
public final class FuzzModular {
  private FuzzModular() {}

  public static void main(String[] args) {
    Map<FuzzedFile.Kind, Integer> kinds = new EnumMap<>(FuzzedFile.Kind.class);
    SplittableRandom random = new SplittableRandom(30);
    for (int i = 0; i < 300; i++) {
      byte[] input = new byte[2_048];
      random.nextBytes(input);
      FuzzedFile file = FuzzInput.of(input).file();
      LibraryOracles.holdFor(file.bytes());
      kinds.merge(file.kind(), 1, Integer::sum);
    }
    System.out.println("kinds " + kinds.size() + ": " + kinds);
    System.out.println("seed corpus " + FuzzAssets.seedCorpus().size() + " files");
  }
}
