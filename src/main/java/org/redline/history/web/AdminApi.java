package org.redline.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.history.History;
import org.redline.history.IntegrityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Editors only (see SecurityConfiguration): integrity checks read the whole history, too costly to leave open. */
@Tag(name = "Admin", description = "Editors only")
@RestController
@RequestMapping("/api/admin")
class AdminApi {

    private final Documents documents;
    private final History history;

    AdminApi(Documents documents, History history) {
        this.documents = documents;
        this.history = history;
    }

    record Integrity(boolean ok, List<IntegrityReport> documents) {
    }

    /** The same checks as {@code make check-data}, on the running service. */
    @Operation(summary = "Integrity check (editors)", description = "Gap-free numbering, content hashes, one audit commit per version, audit log's latest state equal to the versions'. The same as make check-data.")
    @GetMapping("/integrity")
    Integrity integrity() {
        var reports = documents.all().stream().map(DocumentView::slug).map(history::verify).toList();
        return new Integrity(reports.stream().allMatch(IntegrityReport::ok), reports);
    }
}
