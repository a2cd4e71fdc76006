#!/usr/bin/env python3
"""Splits the CPU samples of a JFR recording (jfr print --json output) by pipeline stage and
lists the methods with the most samples of their own.

A sample belongs to the innermost stage marker on its stack (a method named in STAGES), or to
"other: THREAD" when none is on it. The stacks must be whole: record with
-XX:FlightRecorderOptions:stackdepth=1024 and print with jfr print --stack-depth 1024, since the
pipeline's fork-join stacks are deeper than the 64 frames both default to.

usage: split.py RECORDING.json [TOP]
"""
import collections
import json
import sys

# innermost first wins, so finer stages are listed with the coarser ones that contain them
STAGES = [
    "UnitAligner.prepare", "UnitAligner.learn", "UnitAligner.secondPass", "NameSpelling.respell",
    "FolderSink.accept", "LexicalModel$Builder.buildOrNull",
    "NgramLanguageIdentifier.identify", "SentenceSegmenter.split", "MatchTokens$Memo.of",
    "TextSanitizer.sanitize", "NameCanonicalizer$Counter.addDocument", "LexicalModel.similarity",
    "NameAnchors.of", "BandedAligner.align", "RunOnSplitter.split",
]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].split("/")[-1] + "." + method["name"]


def main():
    events = json.load(open(sys.argv[1]))["recording"]["events"]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    stages = collections.Counter()
    own = collections.Counter()
    total = 0
    for event in events:
        stack = event["values"]["stackTrace"]
        if not stack:
            continue
        total += 1
        names = [frame_name(f) for f in stack["frames"]]  # innermost first
        own[names[0]] += 1
        stage = next((n for n in names if n in STAGES), None)
        stages[stage or "other: " + event["values"]["sampledThread"]["javaName"]] += 1
    print(f"{total} samples")
    print("by innermost stage:")
    for name, n in stages.most_common():
        print(f"{n:7d} {100 * n / total:5.1f} %  {name}")
    print(f"methods with the most samples of their own (top {top}):")
    for name, n in own.most_common(top):
        print(f"{n:7d} {100 * n / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
