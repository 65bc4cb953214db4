package org.redline.history;

import java.util.List;
import org.redline.history.IntegrityReport;

/** The outcome of checking one document's versions and audit log against each other. */
public record IntegrityReport(String document, int versions, int auditCommits, List<String> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
