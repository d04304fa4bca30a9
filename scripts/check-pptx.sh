#!/usr/bin/env bash
# Decks checked by the programs that open them: python-pptx must find, on every
# slide, one title, one picture with alternative text and non-empty speaker
# notes; LibreOffice Impress (headless) must convert each deck to a PDF with a
# page per slide. Fails if either program is missing.
#
#   scripts/check-pptx.sh BIN        (PY: a Python with python-pptx; default python3)
set -euo pipefail
bin=${1:?usage: scripts/check-pptx.sh path/to/coopline}
py=${PY:-python3}
command -v soffice >/dev/null || { echo "check-pptx: LibreOffice (soffice) is not installed" >&2; exit 1; }
command -v pdfinfo >/dev/null || { echo "check-pptx: pdfinfo (poppler-utils) is not installed" >&2; exit 1; }
"$py" -c 'import pptx' || { echo "check-pptx: python-pptx is not installed for $py" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" -q render data/matrix.yaml --view all -o "$work/matrix-all.pptx"
"$bin" -q render data/matrix.yaml --steps -o "$work/matrix-steps.pptx"
"$bin" -q render data/sky-ecc.yaml --view all --theme dark -o "$work/sky-ecc-dark.pptx"
"$bin" -q render tests/fixtures/good/hostile-labels.yaml --view all -o "$work/hostile.pptx"

"$py" - "$work"/*.pptx <<'PY'
import sys
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

failed = False
for path in sys.argv[1:]:
    deck = Presentation(path)
    slides = list(deck.slides)
    if not slides:
        print(f"{path}: no slides"); failed = True
    if (deck.slide_width, deck.slide_height) != (12192000, 6858000):
        print(f"{path}: not 16:9 ({deck.slide_width}x{deck.slide_height})"); failed = True
    for n, slide in enumerate(slides, 1):
        where = f"{path} slide {n}"
        title = slide.shapes.title
        if title is None or not title.text.strip():
            print(f"{where}: no title"); failed = True
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        if len(pictures) != 1:
            print(f"{where}: {len(pictures)} pictures, not 1"); failed = True
        elif not pictures[0]._element.xpath("./p:nvPicPr/p:cNvPr/@descr")[0].strip():
            print(f"{where}: the picture has no alternative text"); failed = True
        if not slide.has_notes_slide or not slide.notes_slide.notes_text_frame.text.strip():
            print(f"{where}: no speaker notes"); failed = True
    print(f"{path}: {len(slides)} slides")
sys.exit(1 if failed else 0)
PY

profile="$work/lo-profile"
for deck in "$work"/*.pptx; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$work" "$deck" >"$work/soffice.log" 2>&1 \
    || { cat "$work/soffice.log" >&2; echo "check-pptx: LibreOffice could not convert $deck" >&2; exit 1; }
  pdf="${deck%.pptx}.pdf"
  [ -s "$pdf" ] || { cat "$work/soffice.log" >&2; echo "check-pptx: LibreOffice wrote no PDF for $deck" >&2; exit 1; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  slides=$("$py" -c 'import sys; from pptx import Presentation; print(len(Presentation(sys.argv[1]).slides))' "$deck")
  [ "$pages" = "$slides" ] || { echo "check-pptx: $deck has $slides slides, LibreOffice drew $pages pages" >&2; exit 1; }
  echo "$(basename "$deck"): LibreOffice drew $pages pages"
done
echo "decks ok"
