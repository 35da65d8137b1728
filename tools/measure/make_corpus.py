"""Writes a JSON Lines corpus of N documents made from the sample texts under distinct ids.

Usage: python3 tools/measure/make_corpus.py N OUTPUT.jsonl [Examples/corpus]
Each document is a sample text with a line naming its copy, so each has its own content hash.
"""
import json
import os
import sys

count, output = int(sys.argv[1]), sys.argv[2]
folder = sys.argv[3] if len(sys.argv) > 3 else "Examples/corpus"
texts = [open(os.path.join(folder, name), encoding="utf-8").read() for name in sorted(os.listdir(folder)) if name.endswith(".txt")]
with open(output, "w", encoding="utf-8") as out:
    for index in range(count):
        out.write(json.dumps({"id": f"doc-{index}", "text": texts[index % len(texts)] + f"\nCopy {index}."}) + "\n")
