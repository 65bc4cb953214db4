package org.redline.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.redline.document.DocumentExists;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.importing.DraftImport;
import org.redline.version.ExpectedLatest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start with an empty database, loads the fixtures: one folder per document holding
 * {@code document.json} and its drafts named {@code NNN-ref.json} (or {@code .md}, {@code .txt}),
 * recorded in name order through the same import an editor's upload takes.
 */
@Component
@org.springframework.core.annotation.Order(0) // before a folder import, which may build on the fixtures
class FixtureLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FixtureLoader.class);
    static final String EDITOR = "fixtures";
    private static final Pattern DRAFT_FILE = Pattern.compile("[0-9]{3}-.+\\.(json|md|markdown|txt)");

    private final Documents documents;
    private final DraftImport drafts;
    private final String location;
    private final boolean enabled;

    private final TransactionTemplate transaction;

    FixtureLoader(Documents documents, DraftImport drafts, TransactionTemplate transaction,
            @Value("${redline.fixtures.location:classpath:fixtures/}") String location,
            @Value("${redline.fixtures.load:true}") boolean enabled) {
        this.documents = documents;
        this.drafts = drafts;
        this.transaction = transaction;
        this.location = location.endsWith("/") ? location : location + "/";
        this.enabled = enabled;
    }

    /** All fixtures load in one transaction: a broken fixture leaves the database empty, not half-loaded. */
    @Override
    public void run(ApplicationArguments args) {
        if (enabled && documents.all().isEmpty()) {
            try {
                transaction.executeWithoutResult(status -> load());
            } catch (DocumentExists loadedElsewhere) {
                // Another instance on the same database loaded them first: nothing left to do.
                log.info("Fixtures were loaded by another instance: {}", loadedElsewhere.getMessage());
            }
        }
    }

    private void load() {
        var documentFiles = resources(location + "*/document.json");
        Arrays.sort(documentFiles, Comparator.comparing(FixtureLoader::path));
        for (var documentFile : documentFiles) {
            var folderPath = path(documentFile).substring(0, path(documentFile).lastIndexOf('/'));
            var folder = location + folderPath.substring(folderPath.lastIndexOf('/') + 1) + "/";
            var meta = JsonMapper.shared().readTree(bytes(documentFile));
            var slug = meta.get("slug").asString();
            documents.create(new NewDocument(slug, meta.get("title").asString(),
                    meta.has("description") ? meta.get("description").asString() : null));
            var found = Arrays.stream(resources(folder + "*.*"))
                    .filter(r -> r.getFilename() != null && DRAFT_FILE.matcher(r.getFilename()).matches())
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
            for (var draft : found) {
                var recorded = drafts.record(slug, new DraftUpload(bytes(draft), null, draft.getFilename(), java.util.Map.of()),
                        ExpectedLatest.ANY, EDITOR);
                log.info("Fixture {}: recorded version {} of {}", draft.getFilename(), recorded.version().number(), slug);
            }
            log.info("Loaded fixtures for '{}' from {}", slug, folder);
        }
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list fixtures " + pattern, e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture " + resource, e);
        }
    }

    private static String path(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
