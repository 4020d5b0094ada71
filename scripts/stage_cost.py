#!/usr/bin/env python3
"""What each pipeline stage costs, in instructions, and what quotes and
figures add to the pipeline before them (the issues' "at most 15%" bars);
and what figures add to a whole run (read, process, write CSV), with the
gazetteer load spread over a run of about 50 MB, as issue 3 measures
throughput.

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


def instructions(binary, input_path, function=None, args=()):
    """Instructions callgrind counts in `function` (or the whole program)."""
    with tempfile.TemporaryDirectory() as tmp:
        toggle = ["--toggle-collect=" + function] if function else []
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(tmp, "cg"),
             *toggle, binary, input_path, *args],
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
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "stage_times",
                    "--example", "whole_run"], cwd=ROOT, check=True)
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
    whole_run(a.input)
    return 0


def whole_run(input_path):
    """What figures add to a whole run on one thread, end to end."""
    binary = os.path.join(ROOT, "target", "release", "examples", "whole_run")
    text = subprocess.run([binary, input_path], capture_output=True, text=True, check=True)
    text_mb = int(re.search(r"(\d+) bytes", text.stdout).group(1)) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "one.jsonl")
        with open(empty, "w") as f:
            f.write('{"id": "1", "text": "Hello."}\n')
        load = instructions(binary, empty)
    with_figures = instructions(binary, input_path) - load
    without = instructions(binary, input_path, args=["--skip-figures"]) - load
    # The load once, the corpus repeated to at least 50 MB.
    times = max(1, -(-50 // text_mb)) if text_mb else 1
    t_with, t_without = load + times * with_figures, load + times * without
    print(f"whole run, {text_mb:.1f} MB x{times:.0f}: {t_with / 1e9:.2f}G instructions with figures, "
          f"{t_without / 1e9:.2f}G without (load {load / 1e9:.2f}G once)")
    print(f"figures add {100 * (t_with / t_without - 1):5.1f}% to a whole run's time; "
          f"throughput {100 * (1 - t_without / t_with):5.1f}% lower (bar: 15%)")


if __name__ == "__main__":
    sys.exit(main())
