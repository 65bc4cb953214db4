package org.redline.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.redline.dossier.internal.DossierView;
import org.redline.dossier.internal.Dossiers;
import org.redline.dossier.internal.NewPointLink;
import org.redline.dossier.internal.PointAcrossDocuments;
import org.redline.dossier.internal.PointLink;
import org.redline.dossier.internal.PointRef;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Dossiers", description = "Related documents on one dated timeline, with links between their points")
@RestController
@RequestMapping("/api/dossiers")
class DossierApi {

    private final Dossiers dossiers;

    DossierApi(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Operation(summary = "List dossiers", description = "Each with its documents and their latest versions; no timeline.")
    @GetMapping
    List<DossierView> all() {
        return dossiers.all();
    }

    @Operation(summary = "One dossier", description = "Its documents, every version of every document on one timeline by date (draft date, else reported date), and the links between points.")
    @GetMapping("/{slug}")
    DossierView one(@Parameter(example = "ukraine-peace") @PathVariable String slug) {
        return dossiers.get(slug);
    }

    @Operation(summary = "The links between points", description = "Each with its kind, reason, who set it and when.")
    @GetMapping("/{slug}/links")
    List<PointLink> links(@PathVariable String slug) {
        return dossiers.get(slug).links();
    }

    record LinkRequest(PointRef from, PointRef to, String kind, String reason) {
    }

    @Operation(summary = "Link two points of different documents (editors)", description = """
            Body example: {"from": {"document": "peace-plan", "key": "military-limits"}, "to": {"document":
            "eu-24pt-plan", "key": "military-limits"}, "kind": "contradicts", "reason": "no limits against a 600,000 cap"}.
            kind: same-subject (default), answers, supports, contradicts. 201; 422 naming the field when a document
            is not in the dossier, a key is in no version of its document, the reason is missing or the link exists.""")
    @PostMapping("/{slug}/links")
    ResponseEntity<PointLink> link(@PathVariable String slug, @RequestBody LinkRequest request, Principal editor) {
        // bound as a plain record, checked by NewPointLink: a bad field is a 422 naming it, not an unreadable body
        var link = dossiers.link(slug, new NewPointLink(request.from(), request.to(), request.kind(), request.reason()),
                editor.getName());
        return ResponseEntity.created(URI.create("/api/dossiers/" + slug + "/links")).body(link);
    }

    @Operation(summary = "One point across documents and versions", description = "The point and every point linked to it, each as every version of its document holds it, in date order.")
    @GetMapping("/{slug}/points/{document}/{key}")
    PointAcrossDocuments point(@PathVariable String slug, @Parameter(example = "peace-plan") @PathVariable String document,
            @Parameter(example = "military-limits") @PathVariable String key) {
        return dossiers.point(slug, new PointRef(document, key));
    }
}
