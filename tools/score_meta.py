#!/usr/bin/env python3
"""Scores what tools/score.py leaves out: issuer, year and report type (and titles again, with
the same rule), against gold files that carry them (fixtures/gathered/*/expected/*.json).

Usage: score_meta.py --gold DIR... --cmd 'target/release/gangmu extract --format json' [--ext docx] [-v]

--ext   score the file NAME.EXT beside NAME.txt instead of the text (a batch kept as the .docx a
        user would drop, made from the text; see fixtures/gathered/README.md).

issuer  matches when, punctuation and spaces ignored, one name contains the other (柳城县 and
        柳城县人民政府 are one issuer; 浙江日报 is not 浙江省人民政府), 人民政府 read as its short
        form 政府 (陇西县政府 is 陇西县人民政府); a bare level (人民政府, 县人民政府) matches only itself.
year    equal.
type    `report_type` equal.
both    files whose title and issuer are both right (of the files scoring either), the figure of
        the issue's target on provincial reports ("titles and issuers right for ≥ 28 of 31").
A gold field that is null is not scored. The last line is a one-line summary.
"""
import argparse
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def issuer_match(p, g):
    a, b = (score.norm_title(x).replace("人民政府", "政府") for x in (p, g))
    if not a or not b:
        return False
    # A bare level (人民政府, 县人民政府, 区政府) names no one: it is contained in every issuer.
    shorter = min(a, b, key=len)
    place = shorter.replace("人民政府", "").replace("政府", "")
    if place in ("", "省", "市", "县", "区", "旗", "州", "自治区", "自治州", "自治县"):
        return a == b
    return a in b or b in a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--ext", default="txt", help="score NAME.EXT instead of NAME.txt")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    files = []
    for g in a.gold:
        files += sorted(glob.glob(os.path.join(g, "*.json"))) if os.path.isdir(g) else [g]
    tot = {k: [0, 0] for k in ("title", "issuer", "year", "type", "both")}
    for gp in files:
        tp, gd = score.find_text(gp, None)
        if not tp:
            continue
        if a.ext != "txt":
            tp = os.path.splitext(tp)[0] + "." + a.ext
            if not os.path.exists(tp):
                print("%-30s missing %s" % (os.path.basename(gp), os.path.basename(tp)))
                continue
        pred, err = score.run(a.cmd, tp)
        pred = pred or {}
        row = []
        both = None
        for key, gkey, pkey, ok in (
            ("title", "title", "title", score.titles_match),
            ("issuer", "issuer", "issuer", issuer_match),
            ("year", "year", "year", lambda p, g: p == g),
            ("type", "report_type", "report_type", lambda p, g: p == g),
        ):
            g = gd.get(gkey)
            if g is None:
                continue
            p = pred.get(pkey)
            hit = bool(ok(p, g))
            tot[key][0] += hit
            tot[key][1] += 1
            if key in ("title", "issuer"):
                both = hit if both is None else both and hit
            if not hit:
                row.append("%s: got %r want %r" % (key, p, g))
        if both is not None:
            tot["both"][0] += both
            tot["both"][1] += 1
        name = os.path.basename(gp)
        if a.verbose or row:
            print("%-30s %s" % (name, "; ".join(row) if row else "ok"))
    print("SUMMARY files=%d " % len(files) + " ".join("%s=%d/%d" % (k, v[0], v[1]) for k, v in tot.items()))


if __name__ == "__main__":
    main()
