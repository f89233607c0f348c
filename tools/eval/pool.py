#!/usr/bin/env python3
"""pool.py FILE [FILE2]: pooled per-kind F1 over the blind sets (setW*) of a watch file; with FILE2, both side by side."""
import re, sys
def pool(path):
    sums, cur = {}, None
    for line in open(path):
        if line.startswith("=="):
            cur = line.split()[1]; continue
        m = re.match(r"^(\w+)\s.*\((\d+)/(\d+)/(\d+)\)", line)
        if m and cur and cur.startswith("setW"):
            k = m.group(1); s = sums.setdefault(k, [0, 0, 0])
            for i in range(3): s[i] += int(m.group(i + 2))
    out = {}
    for k, (tp, mi, wr) in sums.items():
        p = tp / (tp + wr) if tp + wr else 1; r = tp / (tp + mi) if tp + mi else 1
        out[k] = (2 * p * r / (p + r) if p + r else 0, tp, mi, wr)
    return out
a = pool(sys.argv[1]); b = pool(sys.argv[2]) if len(sys.argv) > 2 else None
for k, v in a.items():
    line = f"{k:13s} {v[0]:.3f} ({v[1]}/{v[2]}/{v[3]})"
    if b: w = b[k]; line += f"  ->  {w[0]:.3f} ({w[1]}/{w[2]}/{w[3]})"
    print(line)
