#!/usr/bin/env python3
"""Builds a large batch of bilingual news documents for bench/e2e.sh, from the development
corpora at run time (never committed: their licences differ).

Document k is made by one of four recipes, in turn, so that the batch mixes layouts and lengths:
  0. a copy of an ar-en-docs-dev document (single file or .en/.ar pair), as it is;
  1. two ar-en-docs-dev single-file documents one after the other (a long article);
  2. a run of 5 to 60 consecutive NTREX-128 sentences (English and its Arabic), in paragraphs of
     1 to 4 sentences, laid out as block, interleaved or a file pair;
  3. the same from TICO-19 (one document of the TSV at a time, from a varying start).
Deterministic: the same arguments give the same bytes.

usage: make-batch.py CORPORA OUT_DIR [DOCUMENTS]     (default 10000 documents)
"""
import csv
import os
import random
import sys


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def lay_out(out_dir, stem, en, ar, layout, rng):
    """Writes English and Arabic sentences as paragraphs in one of the three layouts."""
    cuts, i = [], 0
    while i < len(en):
        n = rng.randint(1, 4)
        cuts.append((i, min(len(en), i + n)))
        i += n
    en_p = [" ".join(en[a:b]) for a, b in cuts]
    ar_p = [" ".join(ar[a:b]) for a, b in cuts]
    if layout == "pair":
        write(os.path.join(out_dir, stem + ".en.txt"), "\n\n".join(en_p) + "\n")
        write(os.path.join(out_dir, stem + ".ar.txt"), "\n\n".join(ar_p) + "\n")
    elif layout == "block":
        write(os.path.join(out_dir, stem + ".txt"), "\n\n".join(en_p + ar_p) + "\n")
    else:
        write(os.path.join(out_dir, stem + ".txt"),
              "\n\n".join(p for pair in zip(en_p, ar_p) for p in pair) + "\n")


def main():
    corpora, out_dir = sys.argv[1], sys.argv[2]
    documents = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    rng = random.Random(8)
    os.makedirs(out_dir, exist_ok=True)

    singles, pairs = [], []
    for name in ("ntrex", "tico"):
        docs = os.path.join(corpora, "ar-en-docs-dev", name, "docs")
        for f in sorted(os.listdir(docs)):
            path = os.path.join(docs, f)
            if f.endswith(".en.txt"):
                pairs.append((path, path[:-len(".en.txt")] + ".ar.txt"))
            elif not f.endswith(".ar.txt"):
                singles.append(path)
    ntrex_en = read_lines(os.path.join(corpora, "ntrex128-dev", "newstest2019-src.eng.txt"))
    ntrex_ar = read_lines(os.path.join(corpora, "ntrex128-dev", "newstest2019-ref.arb.txt"))
    tico = {}
    with open(os.path.join(corpora, "tico19-en-ar-dev", "tico19.en-ar.dev.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            tico.setdefault(row["doc_id"], []).append((row["en"], row["ar"]))
    tico_docs = [tico[k] for k in sorted(tico)]

    read = lambda p: open(p, encoding="utf-8").read()
    for k in range(documents):
        stem = "doc%05d" % k
        recipe = k % 4
        if recipe == 0:
            j = (k // 4) % (len(singles) + len(pairs))
            if j < len(singles):
                write(os.path.join(out_dir, stem + ".txt"), read(singles[j]))
            else:
                en, ar = pairs[j - len(singles)]
                write(os.path.join(out_dir, stem + ".en.txt"), read(en))
                write(os.path.join(out_dir, stem + ".ar.txt"), read(ar))
        elif recipe == 1:
            a, b = singles[(k // 4) % len(singles)], singles[(k // 4 + 7) % len(singles)]
            write(os.path.join(out_dir, stem + ".txt"), read(a).rstrip("\n") + "\n\n" + read(b))
        elif recipe == 2:
            n = rng.randint(5, 60)
            start = rng.randrange(0, len(ntrex_en) - n)
            lay_out(out_dir, stem, ntrex_en[start:start + n], ntrex_ar[start:start + n],
                    ("block", "interleaved", "pair")[(k // 4) % 3], rng)
        else:
            doc = tico_docs[(k // 4) % len(tico_docs)]
            n = min(len(doc), rng.randint(5, 60))
            start = rng.randrange(0, len(doc) - n + 1)
            lay_out(out_dir, stem, [e for e, _ in doc[start:start + n]], [a for _, a in doc[start:start + n]],
                    ("interleaved", "pair", "block")[(k // 4) % 3], rng)


if __name__ == "__main__":
    main()
