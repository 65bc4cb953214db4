package org.redline.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import org.redline.document.DocumentNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start, after the documents' fixtures (order 0), loads {@code fixtures/dossiers/*.json}: a
 * dossier, its documents and its point links, through {@link Dossiers}, the same entry the API uses, so
 * a fixture link is checked like an editor's. Each file in one transaction: a broken file loads nothing.
 */
@Component
@Order(1)
class DossierFixtures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DossierFixtures.class);
    static final String SET_BY = "fixtures";

    private final Dossiers dossiers;
    private final TransactionTemplate transaction;
    private final String location;
    private final boolean enabled;

    DossierFixtures(Dossiers dossiers, TransactionTemplate transaction,
            @Value("${redline.fixtures.location:classpath:fixtures/}") String location,
            @Value("${redline.fixtures.load:true}") boolean enabled) {
        this.dossiers = dossiers;
        this.transaction = transaction;
        this.location = location.endsWith("/") ? location : location + "/";
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && !dossiers.any()) {
            for (var file : files()) {
                try {
                    transaction.executeWithoutResult(status -> load(file));
                } catch (DocumentNotFound | InvalidLink | DataIntegrityViolationException e) {
                    // A database loaded before these documents existed, or another instance loading the same
                    // dossier at the same moment: the service starts all the same, without this dossier.
                    log.warn("Fixture dossier {} not loaded: {}", file.getFilename(), e.getMessage());
                }
            }
        }
    }

    private Resource[] files() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(location + "dossiers/*.json");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list dossier fixtures", e);
        }
        Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        return files;
    }

    /** One dossier file, whole or not at all. */
    private void load(Resource file) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(file.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dossier fixture " + file, e);
        }
        var members = new ArrayList<Dossiers.Membership>();
        root.get("documents").forEach(d -> members.add(new Dossiers.Membership(d.get("document").asString(),
                d.has("role") ? d.get("role").asString() : null)));
        var slug = dossiers.create(root.get("slug").asString(), root.get("title").asString(),
                root.has("description") ? root.get("description").asString() : null, members);
        for (var link : root.get("links")) {
            dossiers.link(slug, new NewPointLink(ref(link.get("from")), ref(link.get("to")),
                    link.has("kind") ? link.get("kind").asString() : null, link.get("reason").asString()), SET_BY);
        }
        log.info("Fixture dossier '{}': {} documents, {} links", slug, members.size(), root.get("links").size());
    }

    private static PointRef ref(JsonNode node) {
        return new PointRef(node.get("document").asString(), node.get("key").asString());
    }
}
