#!/usr/bin/env python3
"""diag6.py BIN DIR...: counts only. Missed memberships: cue words of the sentences that name both."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
C = Counter()
CUES = ["member", "join", "admit", "admission", "accession", "found", "compris", "consist", "include", "bloc", "suspend", "observer", "grouping of", "made up of", "signator", "participat", "leaders of", "heads of state", "partner", "alliance", "ratif"]
def names_of(gold, name):
    for e in gold.doc.get("entities", []):
        if name in e.get("names", []): return e["names"]
    return [name]
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    raw = open(art).read()
    text = raw.split("\n\n", 1)[1] if "\n\n" in raw else raw
    sents = re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", text)
    groups = g.of_type(S.CLASS["Grouping"])
    mem = [(a, b) for a in groups for _, b in g.objs(a, S.SCHEMA + "member")]
    for gm in gold.doc.get("members", []):
        if any(S.is_named(g, gold, a, gm[0]) and S.is_named(g, gold, b, gm[1]) for a, b in mem): continue
        C["missed"] += 1
        gn = [n for n in names_of(gold, gm[0]) if len(n) > 1]; cn = names_of(gold, gm[1])
        both = [s for s in sents if any(n in s for n in gn) and any(n in s for n in cn)]
        conly = [s for s in sents if any(n in s for n in cn)]
        C["sentences naming both: %s" % ("0" if not both else "1" if len(both) == 1 else "2+")] += 1
        pool = both or conly
        for cue in CUES:
            if any(cue in s.lower() for s in pool): C["cue %s in %s" % (cue, "both" if both else "country-only")] += 1
        if pool:
            s = pool[0]
            cl = sum(1 for e in gold.doc.get("entities", []) if e["type"] == "Country" and any(n in s for n in e["names"]))
            C["countries named in first sentence: %s" % ("1" if cl == 1 else "2-4" if cl < 5 else "5+")] += 1
for k in sorted(C): print(f"{k:55s} {C[k]}")
