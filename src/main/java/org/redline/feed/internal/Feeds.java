package org.redline.feed.internal;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.redline.document.Documents;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;

/** The feed feature's one entry: an Atom feed of a document's versions, newest first (Rome writes it). */
@Service
public class Feeds {

    static final int ENTRIES = 50;

    private final Documents documents;
    private final VersionTimeline versions;

    Feeds(Documents documents, VersionTimeline versions) {
        this.documents = documents;
        this.versions = versions;
    }

    /** @param baseUrl the service's public address, e.g. {@code https://redline.example}, for absolute links */
    public String atom(String slug, String baseUrl) {
        var document = documents.get(slug);
        var recent = versions.newest(slug, ENTRIES);

        var feed = new Feed("atom_1.0");
        feed.setId("tag:redline," + document.createdAt().toString().substring(0, 10) + ":" + slug);
        feed.setTitle(document.title());
        feed.setSubtitle(text(document.description() == null ? "Versions of " + document.title() : document.description()));
        feed.setUpdated(Date.from(recent.isEmpty() ? document.createdAt() : recent.get(0).recordedAt()));
        feed.setAlternateLinks(List.of(link("alternate", baseUrl + "/documents/" + slug, "text/html")));
        feed.setOtherLinks(List.of(link("self", baseUrl + "/api/documents/" + slug + "/feed", "application/atom+xml")));
        var author = new SyndPersonImpl();
        author.setName("Redline");
        feed.setAuthors(List.<SyndPerson>of(author));
        var entries = new ArrayList<Entry>();
        for (var version : recent) {
            entries.add(entry(slug, baseUrl, version));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the feed for " + slug, e);
        }
    }

    private static Entry entry(String slug, String baseUrl, VersionSummary version) {
        var entry = new Entry();
        entry.setId("tag:redline," + version.recordedAt().toString().substring(0, 10) + ":" + slug + "/v" + version.number());
        entry.setTitle("Version " + version.number() + ": " + version.label());
        entry.setUpdated(Date.from(version.recordedAt()));
        entry.setPublished(Date.from(version.recordedAt()));
        var page = baseUrl + "/documents/" + slug + "/versions/" + version.number();
        var links = new ArrayList<Link>();
        links.add(link("alternate", page, "text/html"));
        if (version.derivedFrom() != null) {
            links.add(link("related", baseUrl + "/documents/" + slug + "/compare?from=" + version.derivedFrom().number()
                    + "&to=" + version.number(), "text/html"));
        }
        entry.setAlternateLinks(links);
        var author = new SyndPersonImpl();
        author.setName(version.recordedBy());
        entry.setAuthors(List.<SyndPerson>of(author));
        entry.setSummary(text(summary(version)));
        return entry;
    }

    static String summary(VersionSummary version) {
        var c = version.changes();
        var against = version.derivedFrom() == null ? "first version" : "against version " + version.derivedFrom().id();
        var dates = (version.draftDate() == null ? "" : "dated " + version.draftDate() + ", ")
                + (version.reportedDate() == null ? "" : "reported " + version.reportedDate() + ", ");
        return version.status().code() + (version.partial() ? " (partial)" : "") + ", " + dates + against + ": "
                + c.added() + " added, " + c.removed() + " removed, " + c.modified() + " modified, "
                + c.renumbered() + " renumbered, " + c.unchanged() + " unchanged, " + c.unknown() + " unknown.";
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
