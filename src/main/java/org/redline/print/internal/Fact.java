package org.redline.print.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redline.version.VersionSummary;

/**
 * One line of a version's metadata as both printed forms head the file with it ("Draft date: 23 Nov
 * 2025"). Kept in one place so the Word file and the PDF say the same of a version.
 */
record Fact(String label, String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The version's metadata, without its sources (listed apart, one line each). Absent values read "—". */
    static List<Fact> of(VersionSummary version) {
        var facts = new ArrayList<Fact>();
        facts.add(new Fact("Version", version.number() + (version.ref() == null ? "" : " (" + version.ref() + ")")));
        facts.add(new Fact("Label", version.label()));
        facts.add(new Fact("Draft date", day(version.draftDate())));
        facts.add(new Fact("Reported", day(version.reportedDate())));
        facts.add(new Fact("Status", version.status() == null ? null : version.status().code()
                + (version.partial() ? ", partial draft" : "")));
        facts.add(new Fact("Derived from", version.derivedFrom() == null ? null : "version " + version.derivedFrom().number()
                + (version.derivedFrom().ref() == null ? "" : " (" + version.derivedFrom().ref() + ")")));
        facts.add(new Fact("Recorded by", version.recordedBy()));
        facts.add(new Fact("Recorded at", minute(version.recordedAt())));
        facts.add(new Fact("Note", version.note()));
        facts.replaceAll(f -> f.value() == null || f.value().isBlank() ? new Fact(f.label(), "—") : f);
        return facts;
    }

    /** Each source as "Outlet: url", or the url alone. */
    static List<String> sources(VersionSummary version) {
        return version.sources().stream().map(s -> s.outlet() == null ? s.url() : s.outlet() + ": " + s.url()).toList();
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    static String minute(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }
}
