package org.redline.web.api;

import java.time.LocalDate;
import java.util.Arrays;
import org.redline.research.Blame;
import org.redline.research.DroppedAndReturned;
import org.redline.research.NWay;
import org.redline.research.Research;
import org.redline.research.SearchResult;
import org.redline.version.PointStatus;
import org.redline.version.VersionNotFound;
import org.redline.version.VersionSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents/{slug}")
class ResearchApi {

    private final Research research;

    ResearchApi(Research research) {
        this.research = research;
    }

    @GetMapping("/versions/{id}/blame")
    Blame blame(@PathVariable String slug, @PathVariable String id) {
        return research.blame(slug, id);
    }

    @GetMapping("/dropped")
    DroppedAndReturned dropped(@PathVariable String slug) {
        return research.droppedAndReturned(slug);
    }

    @GetMapping("/search")
    SearchResult search(@PathVariable String slug, @RequestParam String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status) {
        if (q.isBlank() || q.length() > 500) {
            throw new BadParameter("q", "give a phrase of 1 to 500 characters");
        }
        return research.search(slug, q, category, status == null || status.isBlank() ? null : pointStatus(status));
    }

    /** The version in force on a date; {@code by=draft} (default) or {@code by=reported}. */
    @GetMapping("/as-of")
    VersionSummary asOf(@PathVariable String slug,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "draft") String by) {
        if (!by.equals("draft") && !by.equals("reported")) {
            throw new BadParameter("by", "must be draft or reported");
        }
        return research.inForceOn(slug, date, by.equals("reported"))
                .orElseThrow(() -> new VersionNotFound(slug, "in force on " + date + " by " + by + " date"));
    }

    /** One point side by side across the given versions: {@code versions=1,2,3} (numbers or refs). */
    @GetMapping("/points/{key}/compare")
    NWay nWay(@PathVariable String slug, @PathVariable String key, @RequestParam String versions) {
        var ids = Arrays.stream(versions.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty() || ids.size() > 20) {
            throw new BadParameter("versions", "give 1 to 20 versions, comma-separated");
        }
        return research.nWay(slug, key, ids);
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
