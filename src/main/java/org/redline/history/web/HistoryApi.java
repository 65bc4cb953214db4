package org.redline.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.redline.history.internal.ChangeFilter;
import org.redline.history.internal.ChangeLogPage;
import org.redline.history.History;
import org.redline.history.internal.PointHistory;
import org.redline.web.BadParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "History", description = "A point across versions, and the Javers change log")
@RestController
@RequestMapping("/api/documents/{slug}")
class HistoryApi {

    private final History history;

    HistoryApi(History history) {
        this.history = history;
    }

    @Operation(summary = "One point in every version", description = "State per version (stated, unknown, removed, absent), its change against the version it derives from, and the audit log's field changes with author and date.")
    @GetMapping("/points/{key}/history")
    PointHistory pointHistory(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "military-limits") @PathVariable String key,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(PointHistory.MAX_PAGE) int size) {
        return history.ofPoint(slug, key, page, size);
    }

    @Operation(summary = "The change log (Javers), newest first", description = "Filter by point key, field (text, number, category, status, sourceRefs, note), author, version. Pages are cut by point state and reach back 10,000 point states; filter by version or key for older ones.")
    @GetMapping("/changes")
    ChangeLogPage changes(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "military-limits") @RequestParam(required = false) String key,
            @Parameter(example = "status") @RequestParam(required = false) String field,
            @Parameter(example = "fixtures") @RequestParam(required = false) String author,
            @RequestParam(required = false) @Min(1) Integer version,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (((long) page + 1) * size > History.CHANGE_LOG_DEPTH) {
            throw new BadParameter("page", "the change log reaches back "
                    + History.CHANGE_LOG_DEPTH + " point states (page x size); filter by version or key for older changes");
        }
        return history.changes(slug, new ChangeFilter(key, field, author, version), page, size);
    }
}
