"""Developer tool: write the dashboard's offline world outline (static/world.json) once.

Source: Natural Earth 1:110m admin-0 countries (public domain) as shipped inside the geopandas
0.14.4 wheel (``geopandas/datasets/naturalearth_lowres``), read with pyshp. Neither package is
needed at run time; the output is committed. To regenerate::

    pip download geopandas==0.14.4 pyshp==2.3.1 --no-deps -d /tmp/worldsrc
    python -m foedus.serve.make_world /tmp/worldsrc

Output: ``{"source": ..., "countries": [{"iso": "KOR", "name": "South Korea", "rings": [[[lon, lat], ...]]}]}``
with coordinates rounded to 0.1 degree (enough for an equirectangular map a laptop screen wide).
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "static" / "world.json"
PREFIX = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def _ring(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else []


def build(wheel_dir: Path) -> dict:
    sys.path.insert(0, str(next(wheel_dir.glob("pyshp-*.whl"))))
    import shapefile  # noqa: PLC0415 - from the downloaded wheel

    with zipfile.ZipFile(next(wheel_dir.glob("geopandas-0.14.4-*.whl"))) as whl:
        files = {ext: io.BytesIO(whl.read(f"{PREFIX}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding="latin-1")
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for sr in reader.shapeRecords():
        rec = dict(zip(fields, sr.record))
        shape = sr.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings = [r for r in (_ring(shape.points[a:b]) for a, b in zip(parts, parts[1:])) if r]
        if rings:
            countries.append({"iso": rec.get("iso_a3"), "name": rec.get("name"), "rings": rings})
    return {"source": "Natural Earth 1:110m admin-0 countries (public domain), simplified to 0.1 degree",
            "countries": countries}


def main(argv: list[str]) -> None:
    data = build(Path(argv[0] if argv else "/tmp/worldsrc"))
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(data['countries'])} countries)")


if __name__ == "__main__":
    main(sys.argv[1:])
