package org.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/*.md leads somewhere: the file exists, and a {@code #anchor}
 * names a heading of the target as GitHub slugs it. The Markdown is parsed by the library the service
 * reads drafts with, so reference links and links inside tables count too.
 */
class DocsLinksTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void everyRelativeLinkAndAnchorInTheDocsResolves() throws IOException {
        var broken = new ArrayList<String>();
        int checked = 0;
        for (var file : documents()) {
            for (var destination : links(parse(file))) {
                if (destination.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: ... are not files of the repository
                }
                checked++;
                int hash = destination.indexOf('#');
                var path = hash < 0 ? destination : destination.substring(0, hash);
                var anchor = hash < 0 ? null : destination.substring(hash + 1);
                var target = path.isEmpty() ? file : file.getParent().resolve(path.replaceAll("\\?.*", "")).normalize();
                if (!Files.exists(target)) {
                    broken.add(file + ": " + destination + " (no such file " + target + ")");
                } else if (anchor != null && !anchor.isEmpty() && (!target.toString().endsWith(".md")
                        || !anchors(parse(target)).contains(anchor))) {
                    broken.add(file + ": " + destination + " (no heading #" + anchor + " in " + target + ")");
                }
            }
        }
        assertThat(checked).as("relative links found").isGreaterThan(10);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void headingsAreSluggedAsGitHubSlugsThem() {
        assertThat(anchors(PARSER.parse("# Exports and feed\n## Record a draft\n## `make check-data`: the data\n"
                + "## Import a folder from the command line\n# Exports and feed\n## Über Straße, 2. Teil?\n")))
                .containsExactlyInAnyOrder("exports-and-feed", "record-a-draft", "make-check-data-the-data",
                        "import-a-folder-from-the-command-line", "exports-and-feed-1", "über-straße-2-teil");
    }

    private static List<Path> documents() throws IOException {
        var files = new ArrayList<Path>(List.of(Path.of("README.md").toAbsolutePath()));
        try (Stream<Path> docs = Files.list(Path.of("docs").toAbsolutePath())) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    private static Node parse(Path file) {
        try {
            return PARSER.parse(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> links(Node document) {
        var links = new ArrayList<String>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(image.getDestination());
            }
        });
        return links;
    }

    /**
     * GitHub's anchors: the heading's text lowercased, punctuation dropped (letters, digits, marks,
     * {@code _}, {@code -} and spaces stay), spaces turned to hyphens; a repeated slug gets -1, -2...
     */
    static Set<String> anchors(Node document) {
        var anchors = new HashSet<String>();
        var seen = new HashMap<String, Integer>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                var slug = text(heading).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        });
        return anchors;
    }

    private static String text(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
