#!/usr/bin/env python3
"""diag2.py BIN DIR...: counts only. Sub-classes of missed holds_office where the person is
found but given no office, and of missed events with no candidate at all."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
from collections import Counter
C = Counter()
def names_of(gold, name):
    for e in gold.doc.get("entities", []):
        if name in e.get("names", []): return e["names"], e
    return [name], {}
for art, gold, g in each(BIN, sys.argv[2:]):
    raw = open(art).read()
    text = raw.split("\n\n", 1)[1] if "\n\n" in raw else raw
    sents = re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", text)
    pairs = [(p, o) for p in g.of_type(S.CLASS["Person"]) for _, o in g.objs(p, S.NG + "holdsOffice")]
    persons = g.of_type(S.CLASS["Person"])
    offices = g.of_type(S.CLASS["Office"])
    for h in gold.doc.get("holds_office", []):
        ok = any(S.is_named(g, gold, p, h[0]) and S.is_named(g, gold, o, h[1]) and any(S.is_named(g, gold, j, h[2]) for _, j in g.objs(o, S.NG + "jurisdiction")) for p, o in pairs)
        if ok or not any(S.is_named(g, gold, p, h[0]) for p in persons) or any(S.is_named(g, gold, p, h[0]) for p, o in pairs): continue
        K = "ho nooffice"
        C[K] += 1
        if any(S.is_named(g, gold, o, h[1]) for o in offices): C[K + ": office entity extracted"] += 1
        pn, _ = names_of(gold, h[0]); on, oe = names_of(gold, h[1])
        low = text.lower()
        found = [n for n in on if n.lower() in low]
        if not found: C[K + ": office name not in text"] += 1; continue
        best = None
        for s in sents:
            sl = s.lower()
            pi = [sl.find(n.lower()) for n in pn if n.lower() in sl]
            oi = [sl.find(n.lower()) for n in on if n.lower() in sl]
            if pi and oi:
                dist = min(p - o for p in pi for o in oi if True) if True else 0
                best = min(pi) - min(oi)
                break
        if os.environ.get("SHOW"):
            ss=[x for x in sents if any(n.lower() in x.lower() for n in pn) and any(n.lower() in x.lower() for n in on)]
            print("##", h, "|", (ss[0][:300] if ss else "-"))
        if best is None: C[K + ": office and person never in one sentence"] += 1
        elif best > 0 and best <= 40: C[K + ": office just before name (<=40 chars)"] += 1
        elif best > 0: C[K + ": office before name, far"] += 1
        elif best > -60: C[K + ": office after name (<=60 chars)"] += 1
        else: C[K + ": office after name, far"] += 1
    events = [(t, n) for t in ["Meeting", "Summit", "Visit"] for n in g.of_type(S.CLASS[t])]
    ge = [e for e in gold.doc.get("events", []) if not e.get("optional")]
    loose = S.one_to_one(ge, events, lambda e, x: True)[0]
    C["ev gold"] += len(ge); C["ev gold with no extracted counterpart"] += max(0, len(ge) - len(events))
    for e in ge:
        C["ev gold type " + e["type"]] += 1
        C["ev gold participants=%s" % min(len(e.get("participants", [])), 3)] += 1
    for t, n in events:
        C["ev extracted type " + t.split("/")[-1]] += 1
for k in sorted(C): print(f"{k:55s} {C[k]}")
