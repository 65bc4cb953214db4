package org.redline.web.api;

import java.net.URI;
import java.util.List;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
class DocumentApi {

    private final Documents documents;

    DocumentApi(Documents documents) {
        this.documents = documents;
    }

    record CreateDocument(String slug, String title, String description) {
    }

    @PostMapping
    ResponseEntity<DocumentView> create(@RequestBody CreateDocument request) {
        var created = documents.create(new NewDocument(request.slug(), request.title(), request.description()));
        return ResponseEntity.created(URI.create("/api/documents/" + created.slug())).body(created);
    }

    @GetMapping
    List<DocumentView> all() {
        return documents.all();
    }

    @GetMapping("/{slug}")
    DocumentView one(@PathVariable String slug) {
        return documents.get(slug);
    }
}
