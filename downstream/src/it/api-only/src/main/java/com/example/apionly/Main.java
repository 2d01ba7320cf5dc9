package com.example.apionly;

import java.io.IOException;
import java.nio.file.Path;
import org.seeddoc.CommentedText;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

/** Reads a seed, edits it and writes it back with its comments, with seeddoc-api alone. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    ParseResult result = SeedReader.create().parse(Path.of(args[0]));
    SeedDocument retitled = result.documentOrThrow().toBuilder().title("A better title").build();
    CommentedText written = SeedWriter.create().write(retitled, result.comments());
    System.out.print(written.text());
    System.out.println("left out: " + written.leftOut().size());
  }
}
