#!/usr/bin/env python3
"""Sort the data rows of knowledge TSV files by their first column (header '#' lines stay on top).

Usage: python3 tools/knowledge/sort_tsv.py FILE.tsv [...]
Sorting key: first column, case-insensitive, then the whole line (stable, deterministic).
"""
import sys


def sort_file(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    head = [l for l in lines if l.startswith("#")]
    body = [l for l in lines if l and not l.startswith("#")]
    body.sort(key=lambda l: (l.split("\t")[0].casefold(), l))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(head + body) + "\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        sort_file(p)
