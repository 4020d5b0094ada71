#!/usr/bin/env python3
"""Measures gazette end to end on the real corpora in ../shared/corpora:
MB of article text per second (gazette's own closing summary) and peak
resident memory (the child's maxrss), for each corpus and for the BBC corpus
repeated to about 50 and 100 MB (memory should stay flat as input grows).

    python3 scripts/throughput.py [--bin target/release/gazette] [--threads 2]

Skips cleanly (exit 0) when ../shared/corpora is absent.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(os.path.dirname(ROOT), "shared", "corpora")


def run(binary, inputs, threads, out):
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen([binary, "extract", *inputs, "-o", out, "-q", "-j", str(threads)],
                            stdout=subprocess.DEVNULL, stderr=err)
    _, status, usage = os.wait4(proc.pid, 0)
    err.seek(0)
    stderr = err.read().decode("utf-8", "replace")
    if status != 0:
        sys.exit("gazette failed: " + stderr.strip())
    summary = stderr.strip().splitlines()[-1]
    m = re.search(r"([\d.]+) MB in ([\d.]+) s \(([\d.]+) MB/s\)", summary)
    return float(m.group(1)), float(m.group(2)), float(m.group(3)), usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "gazette"))
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    if not os.path.isdir(CORPORA):
        print("throughput: ../shared/corpora not found; skipped")
        return 0
    if not os.path.exists(a.bin):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="gazette-throughput-")
    try:
        bbc = os.path.join(CORPORA, "bbc", "articles.jsonl")
        cases = [
            ("bbc articles.jsonl", [bbc]),
            ("bbc raw/ (2,225 .txt files)", [os.path.join(CORPORA, "bbc", "raw")]),
            ("reuters21578 articles.jsonl", [os.path.join(CORPORA, "reuters21578", "articles.jsonl")]),
        ]
        if os.path.exists(bbc):
            data = open(bbc, "rb").read()
            for times in (10, 20):
                big = os.path.join(tmp, "bbc_x%d.jsonl" % times)
                with open(big, "wb") as f:
                    for _ in range(times):
                        f.write(data)
                cases.append(("bbc x%d" % times, [big]))
        print("%-32s %9s %8s %9s %12s" % ("corpus", "text MB", "seconds", "MB/s", "peak RSS MB"))
        for name, inputs in cases:
            if not all(os.path.exists(p) for p in inputs):
                print("%-32s skipped (missing)" % name)
                continue
            mb, secs, rate, rss = run(a.bin, inputs, a.threads, os.path.join(tmp, "out"))
            print("%-32s %9.1f %8.2f %9.1f %12.0f" % (name, mb, secs, rate, rss))
        print("threads: %d" % a.threads)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
