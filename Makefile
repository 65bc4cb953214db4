# Redline: two commands on a fresh machine with Java 17 and Maven.
#   make run    start the service on http://localhost:8080 (H2 file database in ./data, fixtures loaded)
#   make test   run every test; the database tests run again on PostgreSQL when 127.0.0.1:5432 answers
#   make browsers  install the headless Chromium the browser suite drives (apt; CI runs it, make test does not)

MVN ?= mvn -B
JAR := target/redline-0.1.0-SNAPSHOT.jar
DATA_DIR ?= ./data
PG_READY := $(shell pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && echo yes)
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: run test package clean browsers

run: package
	java -jar $(JAR) --spring.profiles.active=local --redline.data-dir=$(DATA_DIR)

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
	$(MVN) test -Ppostgres
else
	@echo "PostgreSQL is not answering on 127.0.0.1:5432: running the tests on H2 only."
	$(MVN) test
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
