#!/usr/bin/env python3
"""diag11.py BIN DIR...: counts only (no text printed). Missed memberships whose
sentence names both the grouping and the country: the shape of that sentence
(where the grouping stands against the cue and the country, punctuation
between), and of each "compris…" sentence as word classes (Cap, w, N)."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import each, sentences, missed_members
from collections import Counter
C, D = Counter(), Counter()
CUES = ["compris", "found", "member", "bloc", "made up", "consist", "include", "join", "group"]


def shape(txt):
    out = []
    for w in re.findall(r"\w+|[^\w\s]", txt):
        out.append("N" if w.isdigit() else "Cap" if w[0].isupper() else "w" if w.isalpha() else w)
    return " ".join(out)


for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    head, sents = sentences(art)
    seen = set()
    for gn, cn in missed_members(gold, g):
        both = [s for s in sents if any(n in s for n in gn) and any(n in s for n in cn)]
        if not both:
            C["no sentence names both; grouping in header lines: %s" % any(n in head for n in gn)] += 1
            continue
        s = both[0]
        gname = min((n for n in gn if n in s), key=len)
        gpos = min(s.find(n) for n in gn if n in s)
        cpos = min(s.find(n) for n in cn if n in s)
        C["grouping %s country" % ("before" if gpos < cpos else "after")] += 1
        low = s.lower()
        for cue in CUES:
            if cue in low:
                p = low.find(cue)
                C["cue %-8s grouping %s cue, country %s cue" % (cue, "before" if gpos < p else "after", "before" if cpos < p else "after")] += 1
        between = s[min(gpos, cpos):max(gpos, cpos)]
        for ch, nm in [(":", "colon"), ("(", "paren"), (";", "semicolon"), ("—", "dash"), (" - ", "hyphen-dash"), ("\u2013", "endash")]:
            if ch in between:
                C["between them: " + nm] += 1
        C["chars between: %s" % ("<40" if len(between) < 40 else "<100" if len(between) < 100 else "100+")] += 1
        C["sentence words: %s" % ("<30" if len(s.split()) < 30 else "<60" if len(s.split()) < 60 else "60+")] += 1
        C["grouping name words: %d" % len(gname.split())] += 1
        C["grouping named by: %s" % ("acronym" if gname.isupper() else "name")] += 1
        # the "compris…" sentence's shape, once a sentence
        for t in both:
            if "compris" not in t.lower() or t in seen:
                continue
            seen.add(t)
            tn = min((n for n in gn if n in t), key=len)
            tg, p = t.find(tn), t.lower().find("compris")
            cw = re.match(r"compris\w*", t.lower()[p:]).group(0)
            D["SENT %s | grouping..cue: %s | cue..: %s" % (cw, shape(t[tg + len(tn):p])[:60], shape(t[p + len(cw):])[:80])] += 1
            break
for k in sorted(C): print(f"{k:60s} {C[k]}")
for k in sorted(D): print(D[k], k)
