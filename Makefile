# Redline: two commands on a fresh machine with Java 17 and Maven.
#   make run    start the service on http://localhost:8080 (H2 file database in ./data, fixtures loaded)
#   make test   run every test; the database tests run again on PostgreSQL when 127.0.0.1:5432 answers
#   make import DIR=drafts/ DOC=peace-plan   record a folder of drafts (JSON, Markdown, text) into the
#               database make run uses (stop make run first: H2 allows one process per database file)
#   make browsers  install the headless Chromium the browser suite drives (apt; CI runs it, make test does not)

MVN ?= mvn -B
JAR := target/redline-0.1.0-SNAPSHOT.jar
DATA_DIR ?= ./data
PG_READY := $(shell pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && echo yes)
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

DOC ?=
EDITOR_NAME ?= cli

.PHONY: run test package clean verify import browsers

run: package
	java -jar $(JAR) --spring.profiles.active=local --redline.data-dir=$(DATA_DIR)

import: package
	@test -n "$(DIR)" || (echo "usage: make import DIR=folder [DOC=document-slug] [EDITOR_NAME=name]"; exit 2)
	java -jar $(JAR) --redline.data-dir=$(DATA_DIR) --spring.main.web-application-type=none \
	     --spring.main.banner-mode=off --logging.level.root=WARN \
	     --redline.import.dir="$(DIR)" --redline.import.document="$(DOC)" --redline.import.editor="$(EDITOR_NAME)"

package:
	$(MVN) -q package -DskipTests

test:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "################################################################################"; \
	  echo "##  $(CHROMIUM) is missing: the BROWSER SUITE WILL BE SKIPPED (pages untested)"; \
	  echo "##  Install it with: make browsers  (apt-get install chromium chromium-driver)"; \
	  echo "################################################################################"; \
	fi
ifeq ($(PG_READY),yes)
	$(MVN) verify -Ppostgres
else
	@echo "PostgreSQL is not answering on 127.0.0.1:5432: running the tests on H2 only."
	$(MVN) verify
endif

# The browser suite's Chromium and chromedriver, from Debian, when either is missing. Needs root.
browsers:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then \
	  echo "Chromium and chromedriver are installed."; \
	else \
	  apt-get update && apt-get install -y chromium chromium-driver; \
	fi

clean:
	$(MVN) -q clean

# Checks the database in DATA_DIR (the server must be stopped: H2 allows one process per file).
verify: package
	java -jar $(JAR) --redline.verify=true --spring.main.web-application-type=none \
	  --redline.fixtures.load=false --redline.data-dir=$(DATA_DIR) --logging.level.root=WARN
