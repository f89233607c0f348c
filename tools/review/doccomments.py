#!/usr/bin/env python3
"""doccomments.py [DIR...]: Go functions whose doc comment starts with the
name of another function of the package: a function was inserted between
a comment and the function it documents (merges of helpers' branches have
done this several times). Prints file, line, function, and the comment's
first line; exit status 1 when any is found. Default DIR: graph/extract."""
import glob, os, re, sys

FUNC = re.compile(r'func (?:\([^)]*\) )?(\w+)')
bad = 0
for d in sys.argv[1:] or ["graph/extract"]:
    files = {f: open(f).read().split("\n") for f in glob.glob(os.path.join(d, "*.go")) if not f.endswith("_test.go")}
    funcs = {m.group(1) for lines in files.values() for l in lines if (m := FUNC.match(l))}
    for f, lines in sorted(files.items()):
        for i, l in enumerate(lines):
            m = FUNC.match(l)
            if not m:
                continue
            j = i - 1
            while j >= 0 and lines[j].startswith("//"):
                j -= 1
            if j + 1 < i:
                w = re.match(r"// (\w+)", lines[j + 1])
                if w and w.group(1) != m.group(1) and w.group(1) in funcs:
                    print(f"{f}:{i + 1}: {m.group(1)} under the comment of {w.group(1)}: {lines[j + 1][:70]}")
                    bad += 1
sys.exit(1 if bad else 0)
