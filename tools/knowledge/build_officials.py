#!/usr/bin/env python3
"""Helper used once to assemble officials.tsv from hand-written ';'-separated lists
(name;aliases;country;role;start;end). Sector is GOV for every row (defence ministers are GOV too).
Kept for reproducibility; officials.tsv itself is now the file to edit.
Usage: python3 tools/knowledge/build_officials.py INPUT.txt [...] > officials-body.tsv
"""
import sys

rows = []
for p in sys.argv[1:]:
    for line in open(p, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split(";")
        assert len(f) == 6, line
        name, aliases, country, role, start, end = [x.strip() for x in f]
        al = [a for a in aliases.split("|") if a and a != name]
        rows.append([name, "|".join(al), country, "GOV", role, start, end])
rows.sort(key=lambda r: (r[0].casefold(), r[5], r[2], r[4]))
for r in rows:
    print("\t".join(r))
