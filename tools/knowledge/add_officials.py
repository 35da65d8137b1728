#!/usr/bin/env python3
"""Adds terms of office written as ';'-separated lists (name;aliases;country;role;start;end, and an
optional sector when it is not GOV: the format of officials-src/*.txt) to officials.tsv: converts them, drops terms already there (same
name, country, role and start), and keeps the file sorted. Run check.py afterwards.

Usage: python3 tools/knowledge/add_officials.py [--resources DIR] SOURCE.txt [...]
"""
import os
import sys

args = sys.argv[1:]
if not args or args[:1] == ["--resources"] and len(args) < 3:
    sys.exit("usage: add_officials.py [--resources DIR] SOURCE.txt [...]")
resources = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "AttacheKnowledge", "Resources")
if args[:1] == ["--resources"]:
    resources, args = args[1], args[2:]
path = os.path.join(resources, "officials.tsv")

with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
head = [l for l in lines if l.startswith("#")]
body = [l for l in lines if l and not l.startswith("#")]
present = {tuple(l.split("\t")[i] for i in (0, 2, 4, 5)) for l in body}

added = 0
for source in args:
    try:
        with open(source, encoding="utf-8") as f:
            source_lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        sys.exit(f"{source}: cannot read: {error}")
    for number, line in enumerate(source_lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [x.strip() for x in line.split(";")]
        if len(fields) not in (6, 7):
            sys.exit(f"{source}:{number}: expected 6 or 7 ';'-separated fields, found {len(fields)}")
        name, aliases, country, role, start, end = fields[:6]
        sector = fields[6] if len(fields) == 7 else "GOV"
        if (name, country, role, start) in present:
            continue
        aliases = "|".join(a for a in aliases.split("|") if a and a != name)
        body.append("\t".join([name, aliases, country, sector, role, start, end]))
        present.add((name, country, role, start))
        added += 1

body.sort(key=lambda l: (l.split("\t")[0].casefold(), l))
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(head + body) + "\n")
print(f"{added} terms added to {path}")
