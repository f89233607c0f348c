#!/usr/bin/env python3
"""diag6.py BIN DIR...: counts only. Missed memberships: cue words of the sentences that name both."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each, sentences, missed_members
from collections import Counter
C = Counter()
CUES = ["member", "join", "admit", "admission", "accession", "found", "compris", "consist", "include", "bloc", "suspend", "observer", "grouping of", "made up of", "signator", "participat", "leaders of", "heads of state", "partner", "alliance", "ratif"]
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    _, sents = sentences(art)
    for gn, cn in missed_members(gold, g):
        C["missed"] += 1
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
