#!/usr/bin/env bash
# Re-takes the README's pictures from the demo's reports: the top of the HTML report (headless Chromium) and the
# first two pages of the PDF (pdftoppm). Run the demo first: dotnet run --project src/Analyzer.Cli -- demo
set -euo pipefail
cd "$(dirname "$0")/../.."
demo=reports/out/demo
[ -f "$demo/report.html" ] && [ -f "$demo/report.pdf" ] || { echo "Run the demo first: $demo has no report." >&2; exit 1; }
chromium --headless --no-sandbox --hide-scrollbars --window-size=1280,1400 \
  --screenshot="docs/images/report-html.png" "file://$(pwd)/$demo/report.html" 2>/dev/null
for page in 1 2; do
  pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$demo/report.pdf" "docs/images/report-pdf-page$page"
done
echo "docs/images refreshed from $demo"
