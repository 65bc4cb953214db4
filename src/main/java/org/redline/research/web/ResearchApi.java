package org.redline.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Arrays;
import org.redline.research.internal.AsOfQuery;
import org.redline.research.internal.Blame;
import org.redline.research.internal.BlameQuery;
import org.redline.research.internal.DroppedAndReturned;
import org.redline.research.internal.DroppedAndReturnedQuery;
import org.redline.research.internal.Lineage;
import org.redline.research.internal.LineageQuery;
import org.redline.research.internal.NWay;
import org.redline.research.internal.NWayQuery;
import org.redline.research.internal.SearchQuery;
import org.redline.research.internal.SearchResult;
import org.redline.version.Draft;
import org.redline.version.PointStatus;
import org.redline.version.SearchTerms;
import org.redline.version.VersionNotFound;
import org.redline.version.VersionSummary;
import org.redline.web.BadParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Research", description = "Blame, search, dropped and returned points, as-of, n-way")
@RestController
@RequestMapping("/api/documents/{slug}")
class ResearchApi {

    private final BlameQuery blame;
    private final LineageQuery lineage;
    private final DroppedAndReturnedQuery droppedAndReturned;
    private final SearchQuery search;
    private final AsOfQuery asOf;
    private final NWayQuery nWay;

    ResearchApi(BlameQuery blame, LineageQuery lineage, DroppedAndReturnedQuery droppedAndReturned, SearchQuery search,
            AsOfQuery asOf, NWayQuery nWay) {
        this.blame = blame;
        this.lineage = lineage;
        this.droppedAndReturned = droppedAndReturned;
        this.search = search;
        this.asOf = asOf;
        this.nWay = nWay;
    }

    @Operation(summary = "Blame a version", description = "For each point, the version (date, ref, editor) that introduced each field's current value, along the version's own line of descent.")
    @GetMapping("/versions/{id}/blame")
    Blame blame(@Parameter(example = "peace-plan") @PathVariable String slug, @Parameter(example = "e3-counter-2025-11-23") @PathVariable String id) {
        return blame.blame(slug, id);
    }

    @Operation(summary = "A point's lineage", description = "Its path through every version: first appearance, renumbering, rewording, merges and splits (with the points involved), where it was dropped and where it came back.")
    @GetMapping("/points/{key}/lineage")
    Lineage lineage(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "military-limits") @PathVariable String key) {
        return lineage.lineage(slug, key);
    }

    @Operation(summary = "Points dropped and never seen again; points that came back")
    @GetMapping("/dropped")
    DroppedAndReturned dropped(@Parameter(example = "peace-plan") @PathVariable String slug) {
        return droppedAndReturned.droppedAndReturned(slug);
    }

    @Operation(summary = "Search every version for a phrase", description = "Which versions contain it, where it first and last "
            + "appeared, where it disappeared, and a page of the points holding it (page, size: 50 unless given, at most 500), "
            + "each hit with its context. Words are looked up in the search index (the last may be the start of a word); "
            + "the phrase must then appear as typed, case aside.")
    @GetMapping("/search")
    SearchResult search(@Parameter(example = "peace-plan") @PathVariable String slug, @Parameter(example = "amnesty") @RequestParam String q,
            @Parameter(example = "Amnesty") @RequestParam(required = false) String category,
            @Parameter(example = "agreed") @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (q.isBlank() || q.length() > 500) {
            throw new BadParameter("q", "give a phrase of 1 to 500 characters");
        }
        if (SearchTerms.words(q).isEmpty()) {
            throw new BadParameter("q", "give a phrase with at least one word or number");
        }
        return search.search(slug, q, category, status == null || status.isBlank() ? null : pointStatus(status), page, size);
    }

    /** The version in force on a date; {@code by=draft} (default) or {@code by=reported}. */
    @Operation(summary = "The version in force on a date", description = "The latest version dated on or before the date, by draft date (by=draft) or reported date (by=reported).")
    @GetMapping("/as-of")
    VersionSummary asOf(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "2025-11-23") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(example = "reported") @RequestParam(defaultValue = "draft") String by) {
        if (!by.equals("draft") && !by.equals("reported")) {
            throw new BadParameter("by", "must be draft or reported");
        }
        if (!Draft.dateInRange(date)) {
            throw new BadParameter("date", Draft.dateRangeReason(date));
        }
        return asOf.inForceOn(slug, date, by.equals("reported"))
                .orElseThrow(() -> new VersionNotFound(slug, "in force on " + date + " by " + by + " date"));
    }

    /** One point side by side across the given versions: {@code versions=1,2,3} (numbers or refs). */
    @Operation(summary = "One point across chosen versions, side by side")
    @GetMapping("/points/{key}/compare")
    NWay nWay(@Parameter(example = "peace-plan") @PathVariable String slug, @Parameter(example = "military-limits") @PathVariable String key,
            @Parameter(example = "1,2,3") @RequestParam String versions) {
        var ids = Arrays.stream(versions.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty() || ids.size() > 20) {
            throw new BadParameter("versions", "give 1 to 20 versions, comma-separated");
        }
        return nWay.nWay(slug, key, ids);
    }

    private static PointStatus pointStatus(String status) {
        if (status.equals(PointStatus.UNKNOWN.code())) {
            return PointStatus.UNKNOWN;
        }
        try {
            return PointStatus.parseDraftStatus(status);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("status", e.getMessage());
        }
    }
}
