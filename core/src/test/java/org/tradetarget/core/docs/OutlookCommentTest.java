package org.tradetarget.core.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Pipeline;

/**
 * The {@code Outlook} class comment lists the defaults an embedder gets; numbers come from the code
 * through {@code {@value}}, and the one switch written in words, parameter uncertainty, must say what
 * {@link Pipeline.Settings#DEFAULTS} does.
 */
final class OutlookCommentTest {
  @Test
  void classComment_statesTheTrueParameterUncertaintyDefault() throws IOException {
    String src = Files.readString(
        Path.of("src/main/java/org/tradetarget/core/analysis/Outlook.java"),
        StandardCharsets.UTF_8);
    String comment = src.substring(0, src.indexOf("public final class Outlook"))
        .replaceAll("\\s*\\n\\s*\\*\\s*", " ");
    boolean on = Pipeline.Settings.DEFAULTS.parameterUncertainty();
    assertTrue(
        comment.contains(on ? "parameter uncertainty on" : "no parameter uncertainty"),
        "the Outlook class comment must say parameter uncertainty is " + (on ? "on" : "off"));
  }
}
