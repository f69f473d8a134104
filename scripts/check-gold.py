#!/usr/bin/env python3
"""Checks gold files: valid JSON, known types, no duplicate (type, name), each evidence
occurs in its report (whitespace ignored) and contains the name or a recognisable form.
Usage: scripts/check-gold.py testdata/gold/*.json"""
import json, re, sys, unicodedata, os

TYPES = {"District", "MetroLine", "Park", "Program", "Company", "Project"}
ok = True
for path in sys.argv[1:]:
    g = json.load(open(path, encoding="utf-8"))
    rep = os.path.join(os.path.dirname(path), "..", "reports", g["report"])
    text = re.sub(r"\s+", "", open(rep, encoding="utf-8-sig").read())
    seen = set()
    for e in g["entities"]:
        t, n, ev = e["type"], e["name"], e["evidence"]
        if t not in TYPES:
            print(f"{path}: unknown type {t}"); ok = False
        if (t, n) in seen:
            print(f"{path}: duplicate {t} {n}"); ok = False
        seen.add((t, n))
        if re.sub(r"\s+", "", ev) not in text:
            print(f"{path}: evidence not in report: {t} {n}: {ev}"); ok = False
    counts = {}
    for e in g["entities"]:
        counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(path, counts)
sys.exit(0 if ok else 1)
