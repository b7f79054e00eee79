package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The documentation site ({@code mvn -B -Pdocs -pl core,scenarios verify}): the README, {@code docs/}
 * and the user guide rendered to HTML (links to {@code .md} files become {@code .html}; headings get
 * the anchors a code host gives them) beside the Javadoc of core and scenarios, in {@code
 * scenarios/target/site/}; then every {@code href} and {@code src} of every page is followed, and a
 * link to a missing file or a missing anchor fails the build.
 */
@Tag("docs")
final class DocsSiteTest {
  static final Path SITE = Path.of("target", "site").toAbsolutePath();
  private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("(?:id|name)=\"([^\"]+)\"");

  @Test
  void siteBuilds_withNoBrokenLink() throws IOException {
    List<Path> pages = new ArrayList<>(DocLinksTest.markdown());
    Parser parser =
        Parser.builder().extensions(List.of(TablesExtension.create())).build();
    HtmlRenderer html = HtmlRenderer.builder()
        .extensions(List.of(TablesExtension.create()))
        .attributeProviderFactory(c -> (node, tag, attrs) -> {
          if (node instanceof Heading h) {
            attrs.put("id", DocLinksTest.slug(text(h)));
          }
        })
        .build();
    for (Path md : pages) {
      Path rel = DocBlocks.ROOT.relativize(md);
      Path out = SITE.resolve(htmlName(rel.toString()));
      Files.createDirectories(out.getParent());
      String body = html.render(parser.parse(Files.readString(md, StandardCharsets.UTF_8)));
      body = body.replaceAll("href=\"([^\":#]*?)README\\.md", "href=\"$1index.html")
          .replaceAll("href=\"([^\":#]*?)\\.md", "href=\"$1.html");
      Files.writeString(
          out,
          "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>tradetarget: "
              + rel + "</title></head><body>\n" + body + "</body></html>\n",
          StandardCharsets.UTF_8);
    }
    javadoc("core", "tradetarget-core");
    javadoc("scenarios", "tradetarget-scenarios");
    Files.writeString(
        SITE.resolve("api.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>tradetarget API"
            + "</title></head><body><h1>API</h1><ul><li><a href=\"apidocs/core/index.html\">"
            + "tradetarget-core</a></li><li><a href=\"apidocs/scenarios/index.html\">"
            + "tradetarget-scenarios</a></li></ul></body></html>\n",
        StandardCharsets.UTF_8);
    assertTrue(Files.exists(SITE.resolve("index.html")));
    assertEquals(List.of(), brokenLinks());
  }

  private static String htmlName(String rel) {
    return rel.endsWith("README.md")
        ? rel.substring(0, rel.length() - "README.md".length()) + "index.html"
        : rel.substring(0, rel.length() - 3) + ".html";
  }

  private static String text(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      sb.append(c instanceof Text t ? t.getLiteral() : text(c));
      if (c instanceof org.commonmark.node.Code code) {
        sb.append(code.getLiteral());
      }
    }
    return sb.toString();
  }

  private static void javadoc(String module, String title) throws IOException {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    Path out = SITE.resolve("apidocs").resolve(module);
    Files.createDirectories(out);
    Path src = DocBlocks.ROOT.resolve(module).resolve("src/main/java");
    List<String> args = new ArrayList<>(List.of(
        "-quiet",
        "-Xdoclint:none",
        "-d",
        out.toString(),
        "-sourcepath",
        src.toString(),
        "-classpath",
        System.getProperty("java.class.path"),
        "-doctitle",
        title,
        "-subpackages",
        "org.tradetarget"));
    int code = tool.run(null, null, null, args.toArray(String[]::new));
    assertEquals(0, code, "javadoc of " + module + " failed (its messages are above)");
  }

  static List<String> brokenLinks() throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> html;
    try (Stream<Path> s = Files.walk(SITE)) {
      html = s.filter(p -> p.toString().endsWith(".html")).toList();
    }
    Map<Path, String> cache = new java.util.HashMap<>();
    for (Path page : html) {
      String text = cache.computeIfAbsent(page, DocsSiteTest::read);
      Matcher m = HREF.matcher(text);
      while (m.find()) {
        String link = m.group(1);
        if (link.matches("^[a-zA-Z]+:.*") || link.startsWith("//")) {
          continue;
        }
        String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        if (file.contains("?")) {
          file = file.substring(0, file.indexOf('?'));
        }
        String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!target.startsWith(SITE)) {
          broken.add(SITE.relativize(page) + ": " + link + " (leaves the site)");
          continue;
        }
        if (!Files.exists(target)) {
          // a project file the pages show (a scenario, a CSV) is copied into the site beside them
          Path inRepo = DocBlocks.ROOT.resolve(SITE.relativize(target));
          if (Files.isRegularFile(inRepo)) {
            Files.createDirectories(target.getParent());
            Files.copy(inRepo, target);
          } else {
            broken.add(SITE.relativize(page) + ": " + link);
          }
        } else if (!anchor.isEmpty()
            && target.toString().endsWith(".html")
            && !target.toString().contains("apidocs")) {
          Matcher ids = ID.matcher(cache.computeIfAbsent(target, DocsSiteTest::read));
          boolean found = false;
          while (ids.find() && !found) {
            found = ids.group(1).equals(anchor);
          }
          if (!found) {
            broken.add(SITE.relativize(page) + ": " + link + " (no such anchor)");
          }
        }
      }
    }
    return broken;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
