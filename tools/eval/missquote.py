#!/usr/bin/env python3
"""missquote.py BIN DIR...: readable sets only (prints text). Per article with a missed or
wrong quote: the gold quote, the sentence holding its fragment, and every extracted quote's
opening words and speaker names."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each, sentences
BIN = sys.argv[1]
for art, gold, g in each(BIN, sys.argv[2:]):
    qs = g.of_type(S.SCHEMA + "Quotation")
    def text(n): return " ".join(S.norm(t) for t in g.values(n, S.SCHEMA + "text"))
    def spk(n): return [sorted(g.values(sp, S.SCHEMA + "name"))[:1] for _, sp in g.objs(n, S.NG + "speaker")]
    def qm(q, n):
        if S.norm(q["contains"]) not in text(n): return False
        if not q.get("speaker"): return True
        return any(S.is_named(g, gold, sp, q["speaker"]) for _, sp in g.objs(n, S.NG + "speaker"))
    gq = gold.doc.get("quotes", [])
    tp = S.one_to_one(gq, qs, qm)[0]
    if tp == len(gq) and tp == len(qs): continue
    print("####", os.path.basename(art), f"gold {len(gq)} extracted {len(qs)} tp {tp}")
    _, sents = sentences(art)
    for q in gq:
        if q.get("optional") or any(qm(q, n) for n in qs): continue
        print("  MISSED", q.get("speaker"), "|", q["contains"])
        for i, s in enumerate(sents):
            if S.norm(q["contains"])[:30] in S.norm(s):
                for t in sents[max(0,i-1):i+3]: print("     SENT:", t[:300])
    for n in qs:
        if any(qm(q, n) for q in gq): continue
        print("  WRONG", spk(n), "|", text(n)[:160])
