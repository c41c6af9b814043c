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
