#!/usr/bin/env python3
"""diag17.py BIN DIR...: counts only. Gold events that match an extracted
one but for the date (or the location): how the dates/places differ."""
import sys, os, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each, parts_ok
from collections import Counter
C = Counter()
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["events"]
    adate = gold.doc.get("date")
    wrongn = [n for t, n in wrong]
    for e in missed:
        cands = [n for t, n in wrong if t == e["type"] and parts_ok(g, gold, e, n)]
        # date only
        dc = [n for n in cands if not e.get("location") or any(S.is_named(g, gold, l, e["location"]) for _, l in g.objs(n, S.SCHEMA + "location"))]
        if dc and e.get("date"):
            xd = sorted(g.values(dc[0], S.NG + "date")); gd = e["date"]
            if not xd: k = "none"
            else:
                x = xd[0]
                if x[:len(gd)] == gd: k = "extracted finer"
                elif gd[:len(x)] == x: k = "extracted coarser"
                elif x == adate: k = "extracted = article date"
                elif gd == adate: k = "gold = article date"
                else:
                    try:
                        dd = (datetime.date.fromisoformat(x) - datetime.date.fromisoformat(gd)).days
                        k = "both days, x-g %+d" % dd if abs(dd) < 8 else "far"
                    except Exception: k = "mixed precision"
            C["date-only miss (%s): %s" % (e["type"], k)] += 1
            C["date-only miss: gold precision %d" % len(gd)] += 1
            continue
        lc = [n for n in cands if not e.get("date") or e["date"] in g.values(n, S.NG + "date")]
        if lc and e.get("location"):
            ls = [l for _, l in g.objs(lc[0], S.SCHEMA + "location")]
            gl = e["location"]
            gcls = [en["type"] for en in gold.doc.get("entities", []) if gl in en.get("names", [])]
            if not ls:
                k = "none"
                from scorelib import sentences, names_of
                import re as _re
                head, sents = sentences(art)
                lab = None
                gn = names_of(gold, gl)
                hit = [i for i, t in enumerate(sents) if any(_re.search(r"\b%s\b" % _re.escape(x), t) for x in gn)]
                # event sentence: the sentence of the first participant mention? approximate by sentences naming a participant
                pk = {x.split()[-1] for w in e.get("participants", []) for x in names_of(gold, w)}
                ps = [i for i, t in enumerate(sents) if any(_re.search(r"\b%s\b" % _re.escape(x), t) for x in pk)]
                both = set(hit) & set(ps)
                k += ", place in a participant's sentence" if both else (", place in first line" if hit and hit[0] == 0 else (", place elsewhere" if hit else ", place not in text"))
                if hit and head and any(x in head for x in gn): k += " (+header)"
                if os.environ.get("SHOW"):
                    for i in sorted(both)[:2]: print(os.path.basename(art)[:35], e["type"], gl, "|", sents[i][:220])
            else:
                xc = "City" if ("iri", S.CLASS["City"]) in g.objs(ls[0], S.RDF_TYPE) else "Country" if ("iri", S.CLASS["Country"]) in g.objs(ls[0], S.RDF_TYPE) else "other"
                k = "extracted %s, gold %s" % (xc, gcls[0] if gcls else "?")
            C["loc-only miss (%s): %s" % (e["type"], k)] += 1
for k in sorted(C): print(f"{k:60s} {C[k]}")
