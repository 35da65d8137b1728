#!/usr/bin/env python3
"""Compiles WordNet 3.0 (Debian's wordnet-base) into morphology.tsv: English word classes and
irregular forms, for the morphology layer that gives every token its lemma.

Usage: python3 tools/knowledge/build_morphology.py [WORDNET_DIR] [OUTPUT]
  WORDNET_DIR defaults to /usr/share/wordnet (apt-get install wordnet-base);
  OUTPUT defaults to Sources/AttacheKnowledge/Resources/morphology.tsv.

Rows (tab-separated):
  word  classes          a lemma and its word classes: n noun, v verb, a adjective, r adverb
  form  class  lemma     an irregular inflected form ("met v meet", "crises n crisis")
Only single lower-case words of letters are kept: names, phrases and hyphenated compounds are
matched by the knowledge base's phrase files, not by morphology.
"""
import os
import re
import sys

CLASSES = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]
WORD = re.compile(r"^[a-z]+$")


def fail(message):
    sys.exit(f"build_morphology.py: {message}")


def read_lines(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().splitlines()
    except FileNotFoundError:
        fail(f"{path}: missing (install Debian's wordnet-base, or name the WordNet folder)")
    except UnicodeDecodeError as error:
        fail(f"{path}: not UTF-8 ({error})")


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        root, "Sources", "AttacheKnowledge", "Resources", "morphology.tsv")

    classes = {}
    for name, letter in CLASSES:
        for line in read_lines(os.path.join(source, f"index.{name}")):
            if line.startswith("  "):  # the licence header
                continue
            word = line.split(" ", 1)[0]
            if WORD.match(word):
                classes.setdefault(word, set()).add(letter)
    if len(classes) < 50000:
        fail(f"{source}: only {len(classes)} words read; is this WordNet's dict folder?")

    irregular = []
    for name, letter in CLASSES:
        for number, line in enumerate(read_lines(os.path.join(source, f"{name}.exc")), 1):
            fields = line.split()
            if len(fields) < 2:
                fail(f"{source}/{name}.exc:{number}: expected 'form lemma'")
            form, lemma = fields[0], fields[1]
            if WORD.match(form) and WORD.match(lemma) and form != lemma and lemma in classes:
                irregular.append((form, letter, lemma))

    order = "nvar"
    with open(output, "w", encoding="utf-8") as out:
        out.write("# morphology.tsv: English word classes and irregular forms, compiled from WordNet 3.0 by\n")
        out.write("# tools/knowledge/build_morphology.py (WordNet licence in NOTICE.md). Do not edit by hand:\n")
        out.write("# add words in a --knowledge folder's morphology.tsv instead.\n")
        out.write("# word<TAB>classes (n noun, v verb, a adjective, r adverb) | form<TAB>class<TAB>lemma (irregular)\n")
        for word in sorted(classes):
            out.write(f"{word}\t{''.join(c for c in order if c in classes[word])}\n")
        for form, letter, lemma in sorted(set(irregular)):
            out.write(f"{form}\t{letter}\t{lemma}\n")
    print(f"{output}: {len(classes)} words, {len(set(irregular))} irregular forms")


if __name__ == "__main__":
    main()
