#!/usr/bin/env python3
"""Validate the knowledge TSV files in Sources/AttacheKnowledge/Resources.

Checks: header comment present; column counts; no empty key column; sorted by first column;
no duplicate ids/keys; country codes exist in countries.tsv; organisation ids referenced by
memberships/parents/coreference exist; actor codes in coreference exist; dates parse; enum values.
Usage: python3 tools/knowledge/check.py [--resources DIR]   (exit status 1 on errors)
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# `--resources DIR` checks a copy (as tools/knowledge/add_officials.py can write one).
RES = sys.argv[2] if sys.argv[1:2] == ["--resources"] else os.path.join(HERE, "..", "..", "Sources", "AttacheKnowledge", "Resources")
errors = []


def err(f, n, msg):
    errors.append(f"{f}:{n}: {msg}")


def load(name, ncols):
    path = os.path.join(RES, name)
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines[0].startswith("#"):
        err(name, 1, "file must start with '#' comment lines")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    prev = None
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            err(name, i, "blank line")
            continue
        f = line.split("\t")
        if len(f) != ncols:
            err(name, i, f"expected {ncols} columns, got {len(f)}")
            continue
        if not f[0]:
            err(name, i, "empty first column")
        if any(x != x.strip() for x in f):
            err(name, i, "leading/trailing whitespace in a field")
        for x in f:
            if "|" in x and any(not p for p in x.split("|")):
                err(name, i, "empty list item")
        key = f[0].casefold()
        if prev is not None and key < prev:
            err(name, i, f"not sorted by first column ({f[0]!r})")
        prev = key
        rows.append((i, f))
    return rows


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(name, n, s):
    if not s:
        return None
    if not DATE.match(s):
        err(name, n, f"bad date {s!r}")
        return None
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        return datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        err(name, n, f"invalid date {s!r}")
        return None


SECTORS = {"GOV", "MIL", "LEG", "JUD", "POL", "BUS", "CVL", "MED", "NGO"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general",
         "commission_president", "council_president", "high_representative", "other"}
STATUS = {"member", "candidate", "observer", "partner", "aspirant"}

countries = load("countries.tsv", 6)
ccodes = set()
for n, f in countries:
    if not re.match(r"^[A-Z]{3}$", f[0]):
        err("countries.tsv", n, f"bad code {f[0]}")
    if f[0] in ccodes:
        err("countries.tsv", n, f"duplicate code {f[0]}")
    ccodes.add(f[0])
    if not f[1]:
        err("countries.tsv", n, "empty name")
    for domain in f[5].split("|") if f[5] else []:
        if not re.match(r"^[a-z]{2}$", domain):
            err("countries.tsv", n, f"bad domain {domain}")
if "XKX" not in ccodes:
    err("countries.tsv", 0, "XKX missing")

orgs = load("organisations.tsv", 5)
org_ids, org_codes = set(), set()
for n, f in orgs:
    if f[0] in org_ids:
        err("organisations.tsv", n, f"duplicate id {f[0]}")
    org_ids.add(f[0])
    org_codes.add(f[1])
    if not f[1] or not f[3]:
        err("organisations.tsv", n, "empty code or name")
for n, f in orgs:
    if f[2] and f[2] not in org_ids:
        err("organisations.tsv", n, f"unknown parent {f[2]}")
    if f[1] in ccodes and f[1] != "USA":
        err("organisations.tsv", n, f"org code collides with country code {f[1]}")
    # parent code consistency: sub-units take parent's code unless documented otherwise
SPEC = ["NATO", "EU", "UN", "UNSC", "OSCE", "IMF", "WB", "WTO", "OAS", "EAPC", "MFO", "CMF", "OHR", "WEF", "ISIL", "TALIBAN"]
for c in SPEC:
    if c not in org_codes:
        err("organisations.tsv", 0, f"spec code {c} unused")

mem = load("memberships.tsv", 5)
seen = set()
for n, f in mem:
    if f[0] not in ccodes:
        err("memberships.tsv", n, f"unknown country {f[0]}")
    if f[1] not in org_ids:
        err("memberships.tsv", n, f"unknown organisation id {f[1]}")
    if f[2] not in STATUS:
        err("memberships.tsv", n, f"bad status {f[2]}")
    a, b = check_date("memberships.tsv", n, f[3]), check_date("memberships.tsv", n, f[4])
    if a and b and b < a:
        err("memberships.tsv", n, "until before since")
    k = tuple(f[:4])
    if k in seen:
        err("memberships.tsv", n, "duplicate row")
    seen.add(k)


def count(org, status="member", current=True):
    return sum(1 for _, f in mem if f[1] == org and f[2] == status and (not current or not f[4]))


for org, want in [("UN", 193), ("NATO", 32), ("EU", 27), ("COE", 46), ("OSCE", 57)]:
    if count(org) != want:
        err("memberships.tsv", 0, f"{org}: {count(org)} current members, expected {want}")

offs = load("officials.tsv", 7)
seen = set()
for n, f in offs:
    if f[2] not in ccodes and f[2] not in org_codes:
        err("officials.tsv", n, f"unknown country/organisation code {f[2]}")
    if f[3] not in SECTORS:
        err("officials.tsv", n, f"bad sector {f[3]}")
    if f[4] not in ROLES:
        err("officials.tsv", n, f"bad role {f[4]}")
    if not f[5]:
        err("officials.tsv", n, "missing start date")
    a, b = check_date("officials.tsv", n, f[5]), check_date("officials.tsv", n, f[6])
    if a and b and b < a:
        err("officials.tsv", n, "end before start")
    k = (f[0], f[2], f[4], f[5])
    if k in seen:
        err("officials.tsv", n, "duplicate term")
    seen.add(k)
# overlapping terms for single-holder roles
by = {}
for n, f in offs:
    if f[4] in ("head_of_government", "foreign_minister", "defence_minister", "secretary_general",
                "commission_president", "council_president", "high_representative") or \
            (f[4] == "head_of_state" and f[2] != "BIH"):
        by.setdefault((f[2], f[4]), []).append((f[5], f[6] or "9999", f[0], n))
for k, terms in by.items():
    terms.sort()
    for (s1, e1, n1, l1), (s2, e2, n2, l2) in zip(terms, terms[1:]):
        if s2 < e1 and n1 != n2:
            err("officials.tsv", l2, f"{k}: term of {n2} ({s2}) overlaps {n1} (ends {e1 if e1 != '9999' else 'open'})")

for n, f in load("agents.tsv", 2):
    if f[1] not in SECTORS:
        err("agents.tsv", n, f"bad sector {f[1]}")
seen = set()
for n, f in load("titles.tsv", 3):
    if f[1] not in SECTORS:
        err("titles.tsv", n, f"bad sector {f[1]}")
    if f[2] not in ROLES:
        err("titles.tsv", n, f"bad role {f[2]}")
    for v in f[0].split("|"):
        if v in seen:
            err("titles.tsv", n, f"variant {v!r} listed twice")
        seen.add(v)

KEYWORDS = {"previous_pair", "author_country", "previous_state", "previous_org"}
for n, f in load("coreference.tsv", 2):
    r = f[1]
    if r in KEYWORDS or r in org_ids or all(part in org_ids for part in r.split("|")):
        continue
    m = re.match(r"^([A-Z]{3})(-([A-Z]{3}))?$", r)
    if m and m.group(1) in ccodes and (not m.group(3) or m.group(3) in SECTORS):
        continue
    err("coreference.tsv", n, f"unknown referent {r}")

KINDS = {"city", "region", "sea", "ocean", "gulf", "strait", "canal", "river", "lake", "island", "bridge", "base"}
seen = set()
for n, f in load("places.tsv", 3):
    if f[1] and f[1] not in ccodes:
        err("places.tsv", n, f"unknown country {f[1]}")
    if f[2] not in KINDS:
        err("places.tsv", n, f"bad kind {f[2]}")
    if f[0] in seen:
        err("places.tsv", n, "duplicate name")
    seen.add(f[0])

# Trigger patterns (events.tsv) and modality cues (modality.tsv): every field the coder reads is
# one it knows; an unknown flag or target would otherwise be ignored silently.
EVENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FLAGS = {"reciprocal", "inverse", "passive-by", "noun", "hypothetical", "self", "speaker"}
TARGET_PREPOSITIONS = {"to", "against", "on", "with", "of", "in", "between", "from", "for", "near", "over",
                       "into", "along", "at", "outside", "towards", "toward", "off", "by", "about", "regarding",
                       "around", "after", "upon", "across", "within", "among", "behind", "through"}


def expand(field):
    """The alternatives of a trigger field, its '(a|b)' groups expanded (as the coder does)."""
    parts, depth, current = [], 0, ""
    for ch in field:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    out = []
    for part in parts:
        m = re.search(r"\(([^()]*)\)", part)
        if m:
            out += expand("|".join(part[:m.start()] + o + part[m.end():] for o in m.group(1).split("|")))
        else:
            out.append(part.strip())
    return out


def load_patterns(name):
    rows = []
    with open(os.path.join(RES, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh.read().split("\n"), 1):
            if line.startswith("#") or not line.strip():
                continue
            rows.append((i, line.split("\t")))
    return rows


alternatives = {}
for n, f in load_patterns("events.tsv"):
    if len(f) != 5:
        err("events.tsv", n, f"expected 5 columns, got {len(f)}")
        continue
    # NONE: a figurative phrase that codes nothing ("struck a balance").
    if f[0] not in EVENT_TYPES and f[0] != "NONE":
        err("events.tsv", n, f"unknown event type {f[0]!r}")
    if f[2].count("(") != f[2].count(")"):
        err("events.tsv", n, "unbalanced parentheses in the triggers")
    for alt in expand(f[2]):
        if not alt:
            err("events.tsv", n, "empty trigger alternative")
        elif alt in alternatives and alternatives[alt] != n:
            err("events.tsv", n, f"trigger {alt!r} also on line {alternatives[alt]}")
        else:
            alternatives[alt] = n
    for target in f[3].split("|"):
        if target not in {"direct", "none"} and target not in TARGET_PREPOSITIONS:
            err("events.tsv", n, f"unknown target {target!r} (direct, none or one preposition)")
    for flag in f[4].split(","):
        if flag.strip() != "-" and flag.strip() not in FLAGS:
            err("events.tsv", n, f"unknown flag {flag.strip()!r}")

for n, f in load_patterns("modality.tsv"):
    if len(f) != 3:
        err("modality.tsv", n, f"expected 3 columns, got {len(f)}")
        continue
    if f[1] not in {"negated", "hypothetical", "actual"}:
        err("modality.tsv", n, f"unknown effect {f[1]!r} (negated, hypothetical or actual)")
    if f[2] != "before":
        err("modality.tsv", n, f"unknown scope {f[2]!r} (before)")

roles = {}
for n, f in load_patterns("language.tsv"):
    if len(f) != 2 or not f[1].strip():
        err("language.tsv", n, "expected a role and its entries")
        continue
    if f[0] in roles:
        err("language.tsv", n, f"role {f[0]!r} already on line {roles[f[0]]}")
    roles[f[0]] = n
    entries = f[1].split("|")
    # A map's entries are all word=value; a word list has none.
    if any("=" in e for e in entries) and not all(e.count("=") == 1 for e in entries):
        err("language.tsv", n, f"role {f[0]!r} mixes words and word=value entries")

for e in errors:
    print(e)
print(f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
