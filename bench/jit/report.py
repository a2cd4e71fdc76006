#!/usr/bin/env python3
"""Reads a HotSpot compilation log (-XX:+LogCompilation) and reports what the C2 compiler spent
its time on, and what made it compile a method again.

A one-core run of a large batch spends a seventh of its CPU in C2, and over a quarter of C2's
time can go to methods it compiled before: compiled code meets a case its profile had not seen
(an "uncommon trap": a branch never taken, a class not loaded yet, a new receiver type), falls
back to the interpreter, and the method is compiled again. The stage profile (bench/profile.sh) cannot show either.

Compile times are the compiler thread's wall time from task start to task end, so on one core
they include the time the thread waited for the core: compare shares within a log, not seconds
between machines.

usage: report.py COMPILATION.xml [TOP]
"""
import collections
import re
import sys

ATTRIBUTE = re.compile(r"(\w+)='([^']*)'")


def attributes(line):
    return dict(ATTRIBUTE.findall(line))


def short(method):
    """'org.bitext.align.TranslationTable estimate ([I)V' -> 'TranslationTable.estimate'."""
    parts = method.split(" ")
    if len(parts) < 2:
        return method
    name = parts[1].replace("&lt;", "<").replace("&gt;", ">")
    return parts[0].split(".")[-1] + "." + name


def read(path):
    """The C2 tasks (method, OSR, seconds, start) and the traps that invalidated C2 code."""
    tasks = []
    traps = []
    compiled = {}  # compile id -> (method, OSR)
    current = None
    with open(path, encoding="utf-8", errors="replace") as log:
        lines = iter(log)
        for line in lines:
            if line.startswith("<task "):
                a = attributes(line)
                current = a
            elif line.startswith("<task_done") and current is not None:
                a = attributes(line)
                # the compiler thread's own log has no level for C2 tasks under tiered compilation
                if current.get("level", "4") == "4":
                    tasks.append((short(current["method"]), current.get("compile_kind") == "osr",
                                  float(a["stamp"]) - float(current["stamp"]), float(current["stamp"])))
                current = None
            elif line.startswith("<nmethod "):
                a = attributes(line)
                compiled[a["compile_id"]] = (short(a.get("method", "?")), a.get("compile_kind") == "osr")
            elif line.startswith("<uncommon_trap thread="):
                a = attributes(line)
                frames = []
                for inner in lines:
                    if not inner.startswith("<jvms"):
                        break
                    b = attributes(inner)
                    frames.append(short(b["method"]) + "@" + b["bci"])
                if a.get("compiler") == "c2" and a.get("action") != "none":
                    traps.append((a["compile_id"], a["reason"], a["action"], frames))
    return tasks, traps, compiled


def label(method, osr):
    return method + (" (OSR)" if osr else "")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    tasks, traps, compiled = read(sys.argv[1])
    if not tasks:
        sys.exit("no C2 compilation in " + sys.argv[1])
    seen = set()
    first = again = 0.0
    again_count = 0
    time_by = collections.Counter()
    count_by = collections.Counter()
    for method, osr, seconds, _ in sorted(tasks, key=lambda t: t[3]):
        key = (method, osr)
        if key in seen:
            again += seconds
            again_count += 1
        else:
            first += seconds
            seen.add(key)
        time_by[key] += seconds
        count_by[key] += 1
    total = first + again
    print(f"C2: {len(tasks)} compilations, {total:.2f} s of compiler time; "
          f"{again_count} were of a method compiled before ({again:.2f} s, {100 * again / total:.0f} %)")
    print(f"\nmethods by C2 compiler time (top {top}):")
    print("  seconds  share  compilations  method")
    for key, seconds in time_by.most_common(top):
        print(f"  {seconds:7.3f} {100 * seconds / total:5.1f} %  {count_by[key]:12d}  {label(*key)}")
    by_method = collections.defaultdict(collections.Counter)
    for compile_id, reason, action, frames in traps:
        method, osr = compiled.get(compile_id, ("?", False))
        where = " < ".join(frames[:3]) if frames else "?"
        by_method[label(method, osr)][(reason, action, where)] += 1
    # reinterpret and make_not_entrant throw the compiled code away at once; maybe_recompile
    # compiles the method again once the same trap has been taken often enough
    print(f"\nuncommon traps taken in C2 code: {len(traps)}, by compiled method (top {top}; "
          "'reinterpret' and 'make_not_entrant' discard the code, 'maybe_recompile' recompiles after repeats):")
    ranked = sorted(by_method.items(), key=lambda item: -sum(item[1].values()))
    for method, causes in ranked[:top]:
        print(f"  {sum(causes.values()):4d}  {method}")
        for (reason, action, where), n in causes.most_common(3):
            print(f"          {n:3d}  {reason} ({action}) at {where}")


if __name__ == "__main__":
    main()
