#!/usr/bin/env bash
# Makes the fallback fonts bundled in assets/fonts/ (run by hand, not in CI;
# the files it writes are committed). Needs apt-get (Debian bookworm), python3
# with venv, and the network to Debian's archive and PyPI.
#
# Sources (SIL Open Font License 1.1, see assets/fonts/README.md):
#   fonts-noto-core 20201225-1 (Debian bookworm):
#     NotoSansArabic-Regular.ttf     (Version 2.005)  copied unmodified
#     NotoSansHebrew-Regular.ttf     (Version 3.000)  copied unmodified
#     NotoSansDevanagari-Regular.ttf (Version 2.001)  copied unmodified
#   fonts-noto-cjk 1:20220127+repack1-1 (Debian bookworm):
#     NotoSansCJK-Regular.ttc, face 2 "Noto Sans CJK SC" (Version 2.004),
#     subset to NotoSansCJKsc-Regular-subset.otf
#
# The CJK subset keeps (the exact list is written to cjk-unicodes.txt):
#   - every character of GB2312 (EUC-CN rows 0xA1-0xF7: 6,763 hanzi and the
#     symbol, kana, Greek, Cyrillic, pinyin and full-width rows),
#   - every character of JIS X 0208 (EUC-JP rows 0xA1-0xF4: 6,355 kanji and
#     the symbol and kana rows),
#   - every character of KS X 1001 (EUC-KR rows 0xA1-0xFD: 2,350 Hangul,
#     4,888 hanja and the symbol rows),
#   - all 11,172 Hangul syllables U+AC00-U+D7A3 and Hangul compatibility jamo
#     U+3130-U+318F,
#   - CJK symbols and punctuation U+3000-U+303F, hiragana and katakana
#     U+3040-U+30FF, katakana phonetic extensions U+31F0-U+31FF, half-width
#     and full-width forms U+FF00-U+FFEF;
# without hinting, without vertical metrics (vmtx, vhea, VORG) and BASE, and
# with only the horizontal layout features a shaper applies by default
# (ccmp, calt, clig, liga, rlig, kern, mark, mkmk): no `locl` (no language is
# ever set, so the Simplified Chinese forms are the ones drawn) and no `vert`.
set -euo pipefail

FONTTOOLS_VERSION=4.68.0
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../../assets/fonts" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

apt-get download fonts-noto-core=20201225-1 fonts-noto-cjk=1:20220127+repack1-1
for deb in *.deb; do dpkg-deb -x "$deb" x; done
python3 -m venv venv
venv/bin/pip install -q "fonttools==$FONTTOOLS_VERSION"

noto=x/usr/share/fonts/truetype/noto
for f in NotoSansArabic NotoSansHebrew NotoSansDevanagari; do
    cp "$noto/$f-Regular.ttf" "$out/"
done

venv/bin/python - <<'PY'
from fontTools.ttLib import TTCollection

def dbcs(codec, rows):
    """Every character a double-byte EUC code set encodes in these lead bytes."""
    chars = set()
    for lead in rows:
        for trail in range(0xA1, 0xFF):
            try:
                chars.update(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars

chars = dbcs("gb2312", range(0xA1, 0xF8))
chars |= dbcs("euc_jp", range(0xA1, 0xF5))
chars |= dbcs("euc_kr", range(0xA1, 0xFE))
points = {ord(c) for c in chars}
for lo, hi in [(0xAC00, 0xD7A3), (0x3130, 0x318F), (0x3000, 0x303F),
               (0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]:
    points |= set(range(lo, hi + 1))
with open("cjk-unicodes.txt", "w") as f:
    f.write("\n".join("U+%04X" % p for p in sorted(points)) + "\n")

collection = TTCollection("x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
sc = collection.fonts[2]
assert sc["name"].getDebugName(1) == "Noto Sans CJK SC", sc["name"].getDebugName(1)
sc.save("NotoSansCJKsc-Regular.otf")
PY

venv/bin/pyftsubset NotoSansCJKsc-Regular.otf \
    --unicodes-file=cjk-unicodes.txt \
    --no-hinting \
    --layout-features='ccmp,calt,clig,liga,rlig,kern,mark,mkmk' \
    --drop-tables+=vmtx,vhea,VORG,BASE \
    --output-file="$out/NotoSansCJKsc-Regular-subset.otf"

ls -l "$out"/Noto*
