#!/usr/bin/env bash
# Prints every 文书 of every case the auditor sees as PDF (docs/documents.md) and checks each: HTTP 200, application/pdf,
# every font embedded (pdffonts), the title found by pdftotext; the first page of each as PNG (pdftoppm) in $OUT.
# Run after the REST walk-throughs against a started SafetyFlow (needs curl, python3, poppler-utils):
#   BASE=http://localhost:8080 OUT=/tmp/documents bash docs/examples/print-documents.sh
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
OUT=${OUT:-/tmp/documents}
mkdir -p "$OUT"
cases=$(curl -s -u auditor:demo "$BASE/api/audit/cases?size=100" | python3 -c "import json,sys; print(' '.join(c['caseNumber'] for c in json.load(sys.stdin)['cases']))")
printed=0; failed=0
for case in $cases; do
  curl -s -u auditor:demo "$BASE/api/cases/$case/documents" | python3 -c "
import json, sys
for d in json.load(sys.stdin): print(d['id'], d['kind'], d['title'], d.get('number') or '-', sep='\t')" > "$OUT/list.tsv"
  while IFS=$'\t' read -r id kind title number; do
    file="$OUT/$case-$kind-${id:0:8}.pdf"
    status=$(curl -s -u auditor:demo -o "$file" -w '%{http_code} %{content_type}' "$BASE/api/cases/$case/documents/$id/pdf")
    unembedded=$(pdffonts "$file" 2>/dev/null | tail -n +3 | awk '$(NF-4) != "yes"' | wc -l)
    found=$(pdftotext "$file" - 2>/dev/null | tr -d '\n' | grep -c -F "${title%%（*}" || true)
    pages=$(pdfinfo "$file" 2>/dev/null | awk '/^Pages/ {print $2}')
    pdftoppm -r 50 -png -f 1 -l 1 "$file" "${file%.pdf}" 2>/dev/null || true
    if [[ "$status" == "200 application/pdf"* && "$unembedded" == 0 && "$found" -ge 1 ]]; then
      printed=$((printed + 1))
      printf 'ok    %-22s %-26s %-28s %s pages  %s\n' "$case" "$kind" "$number" "$pages" "$title"
    else
      failed=$((failed + 1))
      printf 'FAIL  %-22s %-26s %s (unembedded fonts: %s, title found: %s)\n' "$case" "$kind" "$status" "$unembedded" "$found"
    fi
  done < "$OUT/list.tsv"
done
echo "printed $printed, failed $failed; PDFs and first pages in $OUT"
[ "$failed" = 0 ]
