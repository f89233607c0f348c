#!/usr/bin/env python3
"""diag.py BIN DIR...: aggregate counts only (no article names or content):
how many more gold facts would match if one attribute were ignored."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
from collections import Counter
C = Counter()
for art, gold, g in each(BIN, sys.argv[2:]):
    doc = gold.doc
    # events
    events = [(t, n) for t in ["Meeting", "Summit", "Visit"] for n in g.of_type(S.CLASS[t])]
    def em(e, ex, skip):
        t, n = ex
        if "type" not in skip and t != e["type"]: return False
        parts = [p for _, p in g.objs(n, S.NG + "participant")]
        if "participants" not in skip:
            for w in e.get("participants", []):
                if not any(S.is_named(g, gold, p, w) for p in parts): return False
        if "date" not in skip and e.get("date") and e["date"] not in g.values(n, S.NG + "date"): return False
        if "location" not in skip and e.get("location") and not any(S.is_named(g, gold, l, e["location"]) for _, l in g.objs(n, S.SCHEMA + "location")): return False
        return True
    ge = doc.get("events", [])
    base = S.one_to_one(ge, events, lambda e, x: em(e, x, ()))[0]
    C["ev gold"] += len([e for e in ge if not e.get("optional")]); C["ev extracted"] += len(events); C["ev tp"] += base
    for a in ["type", "participants", "date", "location"]:
        C["ev +ignore " + a] += S.one_to_one(ge, events, lambda e, x: em(e, x, (a,)))[0] - base
    C["ev +ignore all but type"] += S.one_to_one(ge, events, lambda e, x: em(e, x, ("participants", "date", "location")))[0] - base
    C["ev +ignore everything"] += S.one_to_one(ge, events, lambda e, x: em(e, x, ("type", "participants", "date", "location")))[0] - base
    # aid
    gitems = [dict(it, donor=s["donor"], recipient=s["recipient"], date=s.get("date")) for s in doc.get("shipments", []) for it in s["items"]]
    xitems = [(s, it) for s in g.of_type(S.NG + "AidShipment") for _, it in g.objs(s, S.NG + "includes")]
    def im(gi, ex, skip):
        s, it = ex
        if "donor" not in skip and not any(S.is_named(g, gold, d, gi["donor"]) for _, d in g.objs(s, S.NG + "donor")): return False
        if "recipient" not in skip and not any(S.is_named(g, gold, r, gi["recipient"]) for _, r in g.objs(s, S.NG + "recipient")): return False
        if "date" not in skip and gi.get("date") and gi["date"] not in g.values(s, S.NG + "date"): return False
        want = S.stem(gi["name"])
        if "name" not in skip and not any(want in S.stem(n) or S.stem(n) in want for n in g.values(it, S.SCHEMA + "name")): return False
        if "quantity" not in skip:
            qs = g.values(it, S.NG + "quantity")
            if gi.get("quantity") is None:
                if qs: return False
            elif not any(S._num(q) == float(gi["quantity"]) for q in qs): return False
        return True
    base = S.one_to_one(gitems, xitems, lambda e, x: im(e, x, ()))[0]
    C["aid gold"] += len([e for e in gitems if not e.get("optional")]); C["aid extracted"] += len(xitems); C["aid tp"] += base
    for a in ["donor", "recipient", "date", "name", "quantity"]:
        C["aid +ignore " + a] += S.one_to_one(gitems, xitems, lambda e, x: im(e, x, (a,)))[0] - base
    C["aid +ignore donor+recipient"] += S.one_to_one(gitems, xitems, lambda e, x: im(e, x, ("donor", "recipient")))[0] - base
    # offices
    pairs = [(p, o) for p in g.of_type(S.CLASS["Person"]) for _, o in g.objs(p, S.NG + "holdsOffice")]
    persons = g.of_type(S.CLASS["Person"])
    for h in doc.get("holds_office", []):
        ok = any(S.is_named(g, gold, p, h[0]) and S.is_named(g, gold, o, h[1]) and any(S.is_named(g, gold, j, h[2]) for _, j in g.objs(o, S.NG + "jurisdiction")) for p, o in pairs)
        if ok: continue
        C["ho missed"] += 1
        if not any(S.is_named(g, gold, p, h[0]) for p in persons): C["ho missed: person not found"] += 1
        elif any(S.is_named(g, gold, p, h[0]) and S.is_named(g, gold, o, h[1]) for p, o in pairs): C["ho missed: office right, jurisdiction wrong"] += 1
        elif any(S.is_named(g, gold, p, h[0]) for p, o in pairs): C["ho missed: person has another office"] += 1
        else: C["ho missed: person found, no office"] += 1
for k in sorted(C): print(f"{k:45s} {C[k]}")
