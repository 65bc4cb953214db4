package org.redline.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.redline.importing.internal.JsonDraftReader;
import org.redline.version.Draft;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Benchmark-only: reads a fixture folder's drafts (NNN-ref.json, in name order) with the service's own JSON reader. */
public final class FixtureDrafts {

    private FixtureDrafts() {
    }

    public static List<Draft> read(String document) {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath:fixtures/" + document + "/*.json");
            return Arrays.stream(resources)
                    .filter(r -> r.getFilename() != null && r.getFilename().matches("[0-9]{3}-.+\\.json"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(FixtureDrafts::draft)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Draft draft(Resource resource) {
        try {
            return JsonDraftReader.read(resource.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
