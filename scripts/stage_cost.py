#!/usr/bin/env python3
"""What each pipeline stage costs, in instructions, and what quotes and
figures add to the pipeline before them (the issues' "at most 15%" bars).

Wall-clock times on a shared machine move by 5-10% from run to run, which is
as large as the bars themselves. Instruction counts do not move: this runs
`examples/stage_times` under valgrind's callgrind once per stage, counting
only inside that stage's function, over the BBC corpus (one thread).

    python3 scripts/stage_cost.py [--input FILE.jsonl]

Skips cleanly (exit 0) when valgrind or ../shared/corpora is absent.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(os.path.dirname(ROOT), "shared", "corpora", "bbc", "articles.jsonl")
STAGES = [
    ("normalise+segment", "gazette::pipeline::Pipeline::analyse"),
    ("entities", "gazette::entities::find_mentions"),
    ("quotes", "gazette::quotes::find_quotes"),
    ("figures", "gazette::figures::find_figures"),
]


def instructions(binary, input_path, function):
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(tmp, "cg"),
             "--toggle-collect=" + function, binary, input_path],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        sys.exit("stage_cost: callgrind printed no count:\n" + out.stderr[-2000:])
    return int(m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", default=BBC)
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        print("stage_cost: valgrind not found; skipped")
        return 0
    if not os.path.exists(a.input):
        print(f"stage_cost: {a.input} not found; skipped")
        return 0
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "stage_times"],
                   cwd=ROOT, check=True)
    binary = os.path.join(ROOT, "target", "release", "examples", "stage_times")
    mb = os.path.getsize(a.input) / 1e6
    cost = {}
    for name, function in STAGES:
        cost[name] = instructions(binary, a.input, function)
        print(f"{name:18} {cost[name] / 1e6:9.1f}M instructions  {cost[name] / (mb * 1e6):6.1f} per byte")
    before_quotes = cost["normalise+segment"] + cost["entities"]
    before_figures = before_quotes + cost["quotes"]
    print(f"quotes add  {100 * cost['quotes'] / before_quotes:5.1f}% to the pipeline before them (bar: 15%)")
    print(f"figures add {100 * cost['figures'] / before_figures:5.1f}% to the pipeline before them (bar: 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
