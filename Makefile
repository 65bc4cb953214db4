# Redline: two commands on a fresh machine with Java 17 and Maven.
#   make run    start the service on http://localhost:8080 (H2 file database in ./data, fixtures loaded)
#   make test   run every test; the database tests run again on PostgreSQL when 127.0.0.1:5432 answers
#   make import DIR=drafts/ DOC=peace-plan   record a folder of drafts (JSON, Markdown, text) into the
#               database make run uses (stop make run first: H2 allows one process per database file)
#   make check-data  check the database in DATA_DIR (numbering, content hashes, audit log); stop make run first
#   make browsers  install the headless Chromium the browser suite drives (apt; CI runs it, make test does not)
#   make office  install headless LibreOffice, which opens the Word redline in a test (apt; CI runs it)
#   make align-eval  fit alignment's decisions on fixtures/alignment and report them case by case, each
#               case aligned by models fitted on the others (ALIGN_ARGS=--write also rewrites the shipped model)
#   make bench  run the benchmark suite (JMH, git --word-diff, wrk); results in target/bench/results.{md,json}

MVN ?= mvn -B
JAR := target/redline-0.1.0-SNAPSHOT.jar
DATA_DIR ?= ./data
PG_READY := $(shell pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && echo yes)
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

DOC ?=
EDITOR_NAME ?= cli

.PHONY: run test package clean check-data import browsers office bench bench-tools align-eval

run: package
	java -jar $(JAR) --spring.profiles.active=local --redline.data-dir=$(DATA_DIR)

import: package
	@test -n "$(DIR)" || (echo "usage: make import DIR=folder [DOC=document-slug] [EDITOR_NAME=name]"; exit 2)
	java -jar $(JAR) --redline.data-dir=$(DATA_DIR) --spring.main.web-application-type=none \
	     --spring.main.banner-mode=off --logging.level.root=WARN \
	     --redline.import.dir="$(DIR)" --redline.import.document="$(DOC)" --redline.import.editor="$(EDITOR_NAME)"

package:
	$(MVN) -q package -DskipTests

# make test compiles and packages once, then runs its suites side by side as separate Maven processes
# (TEST_PARALLEL=no runs them one after the other): the unit and integration tests on H2 (Surefire, the
# browser suite among them), the database tests again on PostgreSQL when it answers (Surefire's postgres
# execution, reports in target/surefire-reports-postgres), and the packaged jar's process tests (Failsafe,
# *IT). They share nothing but the compiled classes and the jar: each test JVM has its own database.
# Each suite's output goes to target/test-logs/<suite>.log; its summary is printed (its failures, if it failed).
TEST_PARALLEL ?= yes
TEST_SUITES := h2 $(if $(filter yes,$(PG_READY)),postgres) it
test-h2 := surefire:test
test-postgres := -Ppostgres surefire:test@postgres
test-it := failsafe:integration-test failsafe:verify

test:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "################################################################################"; \
	  echo "##  $(CHROMIUM) is missing: the BROWSER SUITE WILL BE SKIPPED (pages untested)"; \
	  echo "##  Install it with: make browsers  (apt-get install chromium chromium-driver)"; \
	  echo "################################################################################"; \
	fi
ifneq ($(PG_READY),yes)
	@echo "PostgreSQL is not answering on 127.0.0.1:5432: running the tests on H2 only."
endif
	$(MVN) -q package -DskipTests
	@mkdir -p target/test-logs; rm -f target/test-logs/*.status
	@for suite in $(TEST_SUITES); do \
	  case $$suite in h2) goals="$(test-h2)";; postgres) goals="$(test-postgres)";; it) goals="$(test-it)";; esac; \
	  echo "$$suite: $(MVN) $$goals  (log: target/test-logs/$$suite.log)"; \
	  if [ "$(TEST_PARALLEL)" = yes ]; then \
	    ( $(MVN) $$goals > target/test-logs/$$suite.log 2>&1; echo $$? > target/test-logs/$$suite.status ) & \
	  else \
	    $(MVN) $$goals > target/test-logs/$$suite.log 2>&1; echo $$? > target/test-logs/$$suite.status; \
	  fi; \
	done; wait; \
	failed=""; \
	for suite in $(TEST_SUITES); do \
	  if [ "$$(cat target/test-logs/$$suite.status)" = 0 ]; then \
	    echo "==== $$suite: passed"; sed -n '/Results:/,/Tests run:/p' target/test-logs/$$suite.log | tail -n 3; \
	  else \
	    echo "==== $$suite: FAILED"; failed="$$failed $$suite"; \
	    if grep -q "Results:" target/test-logs/$$suite.log; then sed -n '/Results:/,$$p' target/test-logs/$$suite.log; \
	    else tail -n 100 target/test-logs/$$suite.log; fi; \
	  fi; \
	done; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed"; exit 1; fi

# The browser suite's Chromium and chromedriver, from Debian, when either is missing. Needs root.
browsers:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then \
	  echo "Chromium and chromedriver are installed."; \
	else \
	  apt-get update && apt-get install -y chromium chromium-driver; \
	fi

office:
	@if [ -x /usr/bin/soffice ]; then \
	  echo "LibreOffice is installed."; \
	else \
	  apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui; \
	fi

clean:
	$(MVN) -q clean

# Checks the database in DATA_DIR (the server must be stopped: H2 allows one process per file).
check-data: package
	java -jar $(JAR) --redline.check-data=true --spring.main.web-application-type=none \
	  --redline.fixtures.load=false --redline.data-dir=$(DATA_DIR) --logging.level.root=WARN

# The benchmark suite (issue 7): JMH benchmarks from src/bench/java (profile bench), git --word-diff timed with
# hyperfine, the packaged jar load-tested with wrk. BENCH_ARGS passes options to the driver, e.g.
# BENCH_ARGS="--quick" (short runs, to check the harness) or "--only=diff,git --history=10,1000".
# Takes about 15 minutes on a quiet 2-core machine; results land in target/bench/results.md and results.json.
BENCH_ARGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

bench-tools:
	@if ! command -v wrk >/dev/null 2>&1 || ! command -v hyperfine >/dev/null 2>&1; then \
	  echo "Installing wrk and hyperfine with apt"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk hyperfine; \
	fi

bench: bench-tools
	$(MVN) -q -Pbench package -DskipTests
	$(MVN) -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
	java -cp target/test-classes:target/classes:$$(cat target/bench/classpath.txt) org.redline.bench.BenchMain $(BENCH_ARGS)

# Alignment's evaluation (issue 12): leave-one-case-out over fixtures/alignment, with and without titles.
ALIGN_ARGS ?=
align-eval:
	$(MVN) -q test-compile
	$(MVN) -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/align-eval-classpath.txt
	java -cp target/test-classes:target/classes:$$(cat target/align-eval-classpath.txt) org.redline.alignment.AlignmentEvaluation $(ALIGN_ARGS)
