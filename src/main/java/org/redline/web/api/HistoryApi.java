package org.redline.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.redline.history.ChangeFilter;
import org.redline.history.ChangeLogPage;
import org.redline.history.History;
import org.redline.history.PointHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents/{slug}")
class HistoryApi {

    private final History history;

    HistoryApi(History history) {
        this.history = history;
    }

    @GetMapping("/points/{key}/history")
    PointHistory pointHistory(@PathVariable String slug, @PathVariable String key) {
        return history.ofPoint(slug, key);
    }

    @GetMapping("/changes")
    ChangeLogPage changes(@PathVariable String slug,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) @Min(1) Integer version,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return history.changes(slug, new ChangeFilter(key, field, author, version), page, size);
    }
}
