package org.redline.cli;

import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.history.History;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code make check-data}: checks every document's integrity against the database, prints what is wrong,
 * and exits non-zero when anything is. Runs instead of the server ({@code --redline.check-data}).
 */
@Component
@ConditionalOnProperty("redline.check-data")
class CheckDataCommand implements ApplicationRunner {

    private final Documents documents;
    private final History history;
    private final ConfigurableApplicationContext context;

    CheckDataCommand(Documents documents, History history, ConfigurableApplicationContext context) {
        this.documents = documents;
        this.history = history;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean allOk = true;
        for (DocumentView document : documents.all()) {
            var report = history.verify(document.slug());
            System.out.printf("%s: %d versions, %d audit commits: %s%n", document.slug(), report.versions(),
                    report.auditCommits(), report.ok() ? "OK" : report.problems().size() + " problem(s)");
            report.problems().forEach(problem -> System.out.println("  - " + problem));
            allOk &= report.ok();
        }
        System.out.println(allOk ? "check-data: OK" : "check-data: FAILED");
        int code = allOk ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
