#!/usr/bin/env python3
"""diag9.py BIN DIR...: counts only. Aid items wrong only by donor or only by recipient: where the gold party stands."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each_quads
from collections import Counter
C = Counter()
TYPES = {S.CLASS[t]: t for t in ["Person", "Country", "Grouping", "Office", "City"]}
def typ(g, n):
    for _, t in g.objs(n, S.RDF_TYPE):
        if t in TYPES: return TYPES[t]
        return t.split("/")[-1]
    return "?"
for art, gold, quads in each_quads(sys.argv[1], sys.argv[2:]):
    g = S.Graph(quads)
    label = {}; stext = {}
    for s, p, o, l in quads:
        if p[1].endswith("vocab/AidShipment") or (o and o[1].endswith("vocab/AidShipment")): label[s[1]] = l[1] if l else None
        if p[1] == S.SCHEMA + "text" and "#s" in s[1]: stext[s[1]] = o[1]
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["aid_items"]
    def gnames(n):
        for e in gold.doc.get("entities", []):
            if n in e["names"]: return e["names"]
        return [n]
    for s, it in wrong:
        names = [S.stem(n) for n in g.values(it, S.SCHEMA + "name")]
        for gi_s in gold.doc.get("shipments", []):
            for gi in gi_s["items"]:
                if not any(S.stem(gi["name"]) in n or n in S.stem(gi["name"]) for n in names): continue
                dok = any(S.is_named(g, gold, x, gi_s["donor"]) for _, x in g.objs(s, S.NG + "donor"))
                rok = any(S.is_named(g, gold, x, gi_s["recipient"]) for _, x in g.objs(s, S.NG + "recipient"))
                if dok == rok: continue
                role = "recipient" if dok else "donor"
                want = gi_s[role]
                have = [x for _, x in g.objs(s, S.NG + role)]
                sent = stext.get(label.get(s), "")
                K = "wrong %s:" % role
                C[K + " extracted %s" % ("none" if not have else "+".join(sorted(typ(g, x) for x in have)))] += 1
                gtype = next((e["type"] for e in gold.doc.get("entities", []) if want in e["names"]), "not-an-entity")
                C[K + " gold is %s" % gtype] += 1
                C[K + " gold named in shipment's sentence=%s" % any(n in sent for n in gnames(want))] += 1
                other = gi_s["recipient" if role == "donor" else "donor"]
                if have and any(S.is_named(g, gold, x, other) for x in have): C[K + " extracted = gold's other party (swap)"] += 1
                break
            else: continue
            break
for k in sorted(C): print(f"{k:60s} {C[k]}")
