package org.redline.importing.files;

import java.util.stream.Collectors;

/**
 * Saved news-article pages for the drafts, as a browser's "save page" keeps them: site navigation, a
 * masthead, a cookie banner, share buttons, related links and a "most read" list, a footer; and in the
 * article the draft as an {@code <ol>} (with {@code value} where numbers skip), numbered paragraphs or,
 * for a draft without numbers, a bulleted list. Each draft gets the layout one outlet used for it.
 */
final class Articles {

    private Articles() {
    }

    enum Layout { LIST, PARAGRAPHS, BOLD_NUMBERS, BULLETS }

    static Layout layout(DraftFiles.Draft draft) {
        if (draft.points().stream().allMatch(p -> p.number() == null)) {
            return Layout.BULLETS;
        }
        // the layouts news sites used: an <ol>, "1. " paragraphs, or paragraphs opening "<b>1. Title.</b>"
        if (draft.id().startsWith("us-28pt") || draft.id().startsWith("berlin")) {
            return Layout.PARAGRAPHS;
        }
        return draft.id().startsWith("eu-") || draft.id().startsWith("paris") ? Layout.BOLD_NUMBERS : Layout.LIST;
    }

    static String page(DraftFiles.Draft draft) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%1$s | World News Daily</title>
                <meta property="og:title" content="%4$s">
                <link rel="stylesheet" href="./site_files/main.css">
                <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
                </head>
                <body>
                <div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. 1. Accept all 2. Manage choices</p></div>
                <header class="masthead"><a href="/">World News Daily</a>
                  <nav><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/ukraine">Ukraine war</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
                </header>
                <div class="breadcrumbs"><a href="/">Home</a> › <a href="/europe">Europe</a> › Ukraine</div>
                <main>
                <article>
                  <header><p class="kicker">Ukraine war</p><h1>%1$s</h1>
                    <p class="byline">By Staff reporters · %2$s</p></header>
                  <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div>
                  <p class="lede">The full text of the points, as published, follows. 2025 was a year of repeated redrafts.</p>
                  <p>Officials stressed that the wording may still change before it is put to the parties.</p>
                %3$s
                  <p>Reaction in Kyiv and Moscow was cautious. Negotiators are due to meet again next week.</p>
                  <h2>More on this story</h2>
                  <ol><li><a href="/a1">1. What the plan says about territory</a></li><li><a href="/a2">2. Who is at the table</a></li><li><a href="/a3">3. Timeline of the talks</a></li></ol>
                  <div class="newsletter-signup"><p>1. Sign up for our daily briefing.</p><form><input type="email"><button>Subscribe</button></form></div>
                  <aside class="related"><h3>Related</h3><ul><li><a href="/r1">Europe answers the plan</a></li><li><a href="/r2">Analysis: guarantees</a></li></ul></aside>
                </article>
                </main>
                <aside class="most-read"><h2>Most read</h2><ol><li><a href="/m1">Storm hits coast</a></li><li><a href="/m2">Markets rally</a></li><li><a href="/m3">Election results</a></li></ol></aside>
                <footer><p>© 2025 World News Daily. 1. Terms 2. Privacy</p><nav><a href="/about">About us</a> <a href="/contact">Contact</a></nav></footer>
                <script src="./site_files/analytics.js"></script>
                </body>
                </html>
                """.formatted(escape(draft.label()), escape(draft.date()), points(draft, layout(draft)), escape(draft.label()).replace("\"", "&quot;"));
    }

    /** The framework's article as its print view: headline, introduction, the numbered list and a closing line. */
    static String print(DraftFiles.Draft draft) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <style>body { font: 15pt/1.5 serif; margin: 2cm; } li { margin-bottom: 0.6em; }</style></head>
                <body>
                <h1>%1$s</h1>
                <p>The text below is the framework as presented on %2$s.</p>
                %3$s
                <p>Negotiators are due to meet again next week.</p>
                </body></html>
                """.formatted(escape(draft.label()), escape(draft.date()), points(draft, Layout.LIST));
    }

    private static String points(DraftFiles.Draft draft, Layout layout) {
        var counted = new int[1];
        var items = draft.points().stream().map(p -> switch (layout) {
            case LIST -> "    <li" + value(p, ++counted[0]) + ">" + titled(p) + "</li>";
            case PARAGRAPHS -> "  <p>" + p.number() + ". " + titled(p) + "</p>";
            case BOLD_NUMBERS -> "  <p><strong>" + p.number() + ". " + escape(p.category()) + ".</strong> " + escape(p.printed()) + "</p>";
            case BULLETS -> "    <li>" + titled(p) + "</li>";
        }).collect(Collectors.joining("\n"));
        return switch (layout) {
            case LIST -> "  <ol>\n" + items + "\n  </ol>";
            case BULLETS -> "  <ul>\n" + items + "\n  </ul>";
            default -> items;
        };
    }

    /** An {@code <li>} whose number is not the next one says so, as the page's own markup would. */
    private static String value(DraftFiles.Point point, int counted) {
        if (point.number() == null || point.number().equals(Integer.toString(counted))) {
            return "";
        }
        return " value=\"" + point.number() + "\"";
    }

    private static String titled(DraftFiles.Point point) {
        return (point.category() == null ? "" : "<strong>" + escape(point.category()) + ".</strong> ") + escape(point.printed());
    }

    private static String escape(String text) {
        // &, <, > only: LibreOffice's HTML import keeps an XHTML &apos; as it is
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
