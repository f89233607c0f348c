#!/usr/bin/env python3
"""diag11.py BIN DIR...: counts only (no text printed). Missed memberships whose
sentence names both the grouping and the country: the shape of that sentence
(where the grouping stands against the cue and the country, punctuation
between, whether any membership was extracted from the same sentence)."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
C = Counter()
CUES = ["compris", "found", "member", "bloc", "made up", "consist", "include", "join", "group"]
def names_of(gold, name):
    for e in gold.doc.get("entities", []):
        if name in e.get("names", []): return e["names"]
    return [name]
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    raw = open(art).read()
    head, text = raw.split("\n\n", 1) if "\n\n" in raw else ("", raw)
    sents = re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", text)
    groups = g.of_type(S.CLASS["Grouping"])
    mem = [(a, b) for a in groups for _, b in g.objs(a, S.SCHEMA + "member")]
    for gm in gold.doc.get("members", []):
        if any(S.is_named(g, gold, a, gm[0]) and S.is_named(g, gold, b, gm[1]) for a, b in mem): continue
        gn = [n for n in names_of(gold, gm[0]) if len(n) > 1]; cn = names_of(gold, gm[1])
        both = [s for s in sents if any(n in s for n in gn) and any(n in s for n in cn)]
        if not both:
            inhead = any(n in head for n in gn)
            C["no sentence names both; grouping in header lines: %s" % inhead] += 1
            continue
        s = both[0]
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
            if ch in between: C["between them: " + nm] += 1
        C["chars between: %s" % ("<40" if len(between) < 40 else "<100" if len(between) < 100 else "100+")] += 1
        C["sentence words: %s" % ("<30" if len(s.split()) < 30 else "<60" if len(s.split()) < 60 else "60+")] += 1
        C["grouping name words: %d" % len(min((n for n in gn if n in s), key=len).split())] += 1
        C["grouping named by: %s" % ("acronym" if min((n for n in gn if n in s), key=len).isupper() else "name")] += 1
for k in sorted(C): print(f"{k:60s} {C[k]}")
# the "compris" sentences, in more detail (shape only)
D = Counter()
def shape(txt):
    out = []
    for w in re.findall(r"\w+|[^\w\s]", txt):
        if w.isdigit(): out.append("N")
        elif w[0].isupper(): out.append("Cap")
        elif w.isalpha(): out.append("w")
        else: out.append(w)
    return " ".join(out)
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    raw = open(art).read()
    head, text = raw.split("\n\n", 1) if "\n\n" in raw else ("", raw)
    sents = re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", text)
    groups = g.of_type(S.CLASS["Grouping"])
    mem = [(a, b) for a in groups for _, b in g.objs(a, S.SCHEMA + "member")]
    seen = set()
    for gm in gold.doc.get("members", []):
        if any(S.is_named(g, gold, a, gm[0]) and S.is_named(g, gold, b, gm[1]) for a, b in mem): continue
        gn = [n for n in names_of(gold, gm[0]) if len(n) > 1]; cn = names_of(gold, gm[1])
        for s in sents:
            if not (any(n in s for n in gn) and any(n in s for n in cn)) or "compris" not in s.lower(): continue
            if (art, s) in seen: break
            seen.add((art, s))
            gname = min((n for n in gn if n in s), key=len)
            gpos = s.find(gname); p = s.lower().find("compris")
            cw = re.match(r"compris\w*", s.lower()[p:]).group(0)
            D["SENT %s | grouping..cue: %s | cue..: %s" % (cw, shape(s[gpos+len(gname):p])[:60], shape(s[p+len(cw):])[:80])] += 1
            break
for k in sorted(D): print(D[k], k)
