package org.redline.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Stored embeddings read back by hash, per document, and stored once (H2 and PostgreSQL). */
class EmbeddingStoreTest extends IntegrationTest {

    @Autowired
    EmbeddingStore store;

    @Test
    void vectorsAreReadBackByHashForTheirDocumentOnlyAndStoredOnce() {
        var document = "embeddings-" + UUID.randomUUID().toString().substring(0, 8);
        var first = EmbeddingStore.hash("The parties agree to a ceasefire.");
        var second = EmbeddingStore.hash("The border is drawn by a joint commission.");
        var third = EmbeddingStore.hash("Prisoners are exchanged all for all.");
        store.saveMissing(document, Map.of(first, new float[] {0.25f, -1.5f, 3f}, second, new float[] {1f, 0f, -0.125f}));

        var found = store.find(document, List.of(first, second, third));
        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsExactly(0.25f, -1.5f, 3f);
        assertThat(found.get(second)).containsExactly(1f, 0f, -0.125f);
        assertThat(store.find("another-" + document, List.of(first, second))).isEmpty();
        assertThat(store.find(document, List.of())).isEmpty();

        // what is stored already is kept, not written twice (the primary key would refuse it)
        store.saveMissing(document, Map.of(first, new float[] {9f, 9f, 9f}, third, new float[] {2f, 2f, 2f}));
        var again = store.find(document, List.of(first, second, third));
        assertThat(again.get(first)).containsExactly(0.25f, -1.5f, 3f);
        assertThat(again.get(third)).containsExactly(2f, 2f, 2f);
    }
}
