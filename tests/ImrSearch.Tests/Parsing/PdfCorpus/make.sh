#!/usr/bin/env bash
# Remakes the Chromium prints of the seed letters in this folder: each .txt opened in headless Chromium (Debian's
# chromium) and printed to PDF, once with the browser's default header and footer (print date and title at the top,
# the file's address and "N/M" at the bottom) and once without.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../../../corpus"
work="$(mktemp -d /tmp/imr-letters.XXXX)"
trap 'rm -rf "$work"' EXIT
cp "$corpus"/*.txt "$work"/
for letter in "$work"/*.txt; do
  name="$(basename "$letter" .txt)"
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$here/$name.chromium-header-footer.pdf" "file://$letter" 2>/dev/null
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/$name.chromium.pdf" "file://$letter" 2>/dev/null
done

# An image-only scan of the first letter's print (header and footer included): its pages rendered to 1-bit images
# at 200 dpi (poppler-utils' pdftoppm) and printed back to PDF as pictures, so it has no text layer at all.
first="$(ls "$here"/*.chromium-header-footer.pdf | head -1)"
pdftoppm -mono -r 200 -png "$first" "$work/scan"
{
  echo '<!doctype html><html><head><title>scan</title><style>@page{size:8.5in 11in;margin:0}body{margin:0}img{display:block;width:8.5in;height:11in;page-break-after:always}</style></head><body>'
  for image in "$work"/scan-*.png; do echo "<img src=\"$(basename "$image")\">"; done
  echo '</body></html>'
} > "$work/scan.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/$(basename "$first" .chromium-header-footer.pdf).scan.pdf" "file://$work/scan.html" 2>/dev/null
