#!/usr/bin/env bash
# Makes the import's test files with the tools editors' files come from, and is committed beside them:
#   html/  saved news-article pages, one per draft of the peace plan (DraftFiles, from the drafts' JSON)
#   docx/  Word files written by Apache POI with automatic numbering, one with tracked changes
#   pdf/   the framework's print view printed to PDF by headless Chromium (its own header and footer on)
#   odt/   the Word file and the print view converted to OpenDocument by LibreOffice
# Needs /usr/bin/chromium and soffice (apt-get install -y libreoffice-writer-nogui). Run from the repo root:
#   bash src/test/resources/import/make-files.sh   (the drafts: copies of shared/drafts, in drafts/)
set -euo pipefail
drafts=${1:-src/test/resources/import/drafts}
out=src/test/resources/import
mvn -q -o test-compile
cp=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" org.redline.importing.files.DraftFiles "$drafts" "$out"

id=ua-us-20pt-2025-12-23
mkdir -p "$out/pdf" "$out/odt"
/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --print-to-pdf="$out/pdf/$id.pdf" "file://$PWD/$out/print/$id.html"

profile=$(mktemp -d)
soffice -env:UserInstallation="file://$profile" --headless --convert-to odt --outdir "$out/odt" "$out/docx/$id.docx" "$out/docx/$id-tracked.docx"
soffice -env:UserInstallation="file://$profile" --headless --convert-to odt:writer8 --outdir "$out/odt/from-html" "$out/print/$id.html"
rm -rf "$profile"
ls -l "$out"/*/
