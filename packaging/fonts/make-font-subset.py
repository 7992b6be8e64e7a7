#!/usr/bin/python3
"""Builds the CJK fallback fonts bundled in the app, reproducibly.

Source: Noto Sans CJK SC Regular and Bold from Debian's fonts-noto-cjk (CFF-based OpenType in a TTC).
Output: two TrueType (glyf) subsets in src/main/resources/org/wicexplorer/ui/fonts/, renamed
"WIC Noto Sans CJK SC", plus packaging/fonts/chars.txt listing the characters they cover.

Why TrueType: JavaFX 21 on Linux may refuse CFF OpenType (JDK-8322251, fixed in JavaFX 23), so the
cubic CFF outlines are converted to quadratic glyf outlines with fontTools' cu2qu.

What is kept: every character of the seed texts, the bundled dataset and the UI bundles, ASCII,
Latin-1, common punctuation and symbols, CJK punctuation and full-width forms, and the 3,755 common
hanzi of GB 2312 level 1, so that text added later (new data, search queries) is very likely covered.

Needs: apt-get install python3-fonttools fonts-noto-cjk
Usage (from the project root): packaging/fonts/make-font-subset.py [--check]
  --check   build nothing; exit 1 if the committed fonts miss a character the texts use.
"""
import glob
import io
import json
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src/main/resources/org/wicexplorer/ui/fonts")
SOURCES = {
    "Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "WIC Noto Sans CJK SC"
PS_FAMILY = "WICNotoSansCJKsc"
# A fixed date keeps the output byte for byte the same (seconds since 1904-01-01: 2024-01-01).
FIXED_TIMESTAMP = 3786825600
MAX_ERR = 1.0  # font units (of 1000) that a quadratic curve may stray from the cubic one


def texts():
    """The texts whose every character the font must cover."""
    files = sorted(glob.glob(os.path.join(ROOT, "seeds/*.txt")))
    files.append(os.path.join(ROOT, "seeds/sources.json"))
    files.append(os.path.join(ROOT, "src/main/resources/org/wicexplorer/data/wic-dataset.json"))
    files += sorted(glob.glob(os.path.join(ROOT, "src/main/resources/org/wicexplorer/data/*.wictour.json")))
    files += sorted(glob.glob(os.path.join(ROOT, "src/main/resources/org/wicexplorer/ui/messages*.properties")))
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        if f.endswith(".json"):
            text += json.dumps(json.loads(text), ensure_ascii=False)  # \\u escapes, decoded
        if f.endswith(".properties"):
            text += text.encode("latin-1", "backslashreplace").decode("unicode_escape", "ignore")
        yield os.path.relpath(f, ROOT), text


def wanted_codepoints():
    cps = set()
    for _, text in texts():
        cps.update(ord(c) for c in text)
    ranges = [
        (0x20, 0x7E),      # ASCII
        (0xA0, 0xFF),      # Latin-1
        (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
        (0x2030, 0x203B),  # per mille, primes, guillemets, reference mark
        (0x2190, 0x2193),  # arrows
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF01, 0xFF5E),  # full-width forms
    ]
    for lo, hi in ranges:
        cps.update(range(lo, hi + 1))
    cps.update([0x20AC, 0x2122, 0x2212, 0x2713, 0x2715, 0x25B2, 0x25BC, 0x25B6, 0x25C0, 0x26A0, 0xFFFD])
    # GB 2312 level 1: rows 16-55 (lead bytes 0xB0-0xD7), the 3,755 most common hanzi.
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes([lead, trail]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return {cp for cp in cps if cp >= 0x20 and not 0xD800 <= cp <= 0xDFFF}


def sc_face(path):
    collection = TTCollection(path)
    for font in collection.fonts:
        if font["name"].getDebugName(1) == SOURCE_FAMILY:
            return font
    sys.exit(f"{path}: no {SOURCE_FAMILY} face")


def to_truetype(font):
    """Replaces the CFF outlines with quadratic glyf outlines (what fontTools' otf2ttf snippet does)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, style):
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    ps = f"{PS_FAMILY}-{style}"
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID in (16, 17, 18, 21, 22):
            name.removeNames(nameID=rec.nameID)
    for rec in name.names:
        if rec.nameID == 1:
            rec.string = FAMILY
        elif rec.nameID == 3:
            rec.string = f"{rec.toUnicode()};subset for WIC Timeline Explorer"
        elif rec.nameID == 4:
            rec.string = full
        elif rec.nameID == 6:
            rec.string = ps
    font["name"].names = [r for r in name.names if r.platformID in (1, 3)]
    font["name"].names.sort(key=lambda r: (r.platformID, r.platEncID, r.langID, r.nameID))


def build(style, cps):
    font = sc_face(SOURCES[style])
    options = subset.Options()
    options.layout_features = ["kern", "palt", "locl", "ccmp", "liga"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(cps))
    subsetter.subset(font)
    to_truetype(font)
    rename(font, style)
    head = font["head"]
    head.created = head.modified = FIXED_TIMESTAMP
    font.recalcTimestamp = False
    for tag in ("DSIG", "GPOS"):  # GPOS: CJK vertical/proportional positioning we never use
        if tag in font:
            del font[tag]
    buf = io.BytesIO()
    font.save(buf)
    path = os.path.join(OUT, f"{PS_FAMILY}-{style}.ttf")
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())
    return path, set(TTFont(path)["cmap"].getBestCmap())


def check():
    missing = {}
    for style in SOURCES:
        path = os.path.join(OUT, f"{PS_FAMILY}-{style}.ttf")
        covered = set(TTFont(path)["cmap"].getBestCmap())
        for f, text in texts():
            for c in text:
                if ord(c) >= 0x20 and ord(c) not in covered:
                    missing.setdefault(c, set()).add(f)
    if missing:
        for c, files in sorted(missing.items()):
            print(f"missing U+{ord(c):04X} {c!r} used in {', '.join(sorted(files))}")
        print(f"{len(missing)} characters are not in the bundled font: run packaging/fonts/make-font-subset.py")
        return 1
    print("fonts: every character of the seeds, the dataset, the built-in tours and the UI bundles is covered")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        return check()
    cps = wanted_codepoints()
    os.makedirs(OUT, exist_ok=True)
    lost = None
    for style in SOURCES:
        path, covered = build(style, cps)
        print(f"{os.path.relpath(path, ROOT)}: {len(covered)} characters, {os.path.getsize(path) / 1e6:.2f} MB")
        lost = cps - covered if lost is None else lost | (cps - covered)
    with open(os.path.join(ROOT, "packaging/fonts/chars.txt"), "w", encoding="utf-8") as fh:
        fh.write("".join(chr(cp) for cp in sorted(cps - lost)) + "\n")
    used = {ord(c) for _, t in texts() for c in t}
    if lost & used:
        print(f"not in {SOURCE_FAMILY} (left to the system's fallback fonts): "
              + " ".join(f"U+{cp:04X}" for cp in sorted(lost & used)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
