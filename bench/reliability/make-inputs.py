#!/usr/bin/env python3
"""Writes the large inputs of issue 7 into DIR (default /tmp/bitext-reliability):

  line5/big.txt    a 5 MB document: one English line, a blank line, one Arabic line, no full stops
  line50/big.txt   the same at 50 MB
  para100k/many.txt  100,000 one-word paragraphs, English and Arabic alternating
  para1m/many.txt    1,000,000 of them

Seeded, so every run writes the same bytes."""
import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bitext-reliability"
rng = random.Random(1)
EN = "the minister said that talks with the delegation were productive and both sides agreed to continue".split()
AR = "قال وزير الخارجية إن المحادثات مع الوفد كانت مثمرة وإن الطرفين اتفقا على مواصلة الحوار".split()


def line(size, words):
    parts, n = [], 0
    while n < size:
        w = rng.choice(words)
        parts.append(w)
        n += len(w.encode()) + 1
    return " ".join(parts)


for name, size in (("line5", 2_500_000), ("line50", 25_000_000)):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    with open(os.path.join(out, name, "big.txt"), "w", encoding="utf-8") as f:
        f.write(line(size, EN) + "\n\n" + line(size, AR) + "\n")
for name, count in (("para100k", 100_000), ("para1m", 1_000_000)):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    with open(os.path.join(out, name, "many.txt"), "w", encoding="utf-8") as f:
        for i in range(count):
            f.write((rng.choice(EN) if i % 2 == 0 else rng.choice(AR)) + "\n\n")
