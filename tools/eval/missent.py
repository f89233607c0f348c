#!/usr/bin/env python3
"""missent.py BIN DIR...: READABLE sets only (it names articles and entities).
Entities missed (with their gold names, and jurisdiction for an Office) and
wrong (extracted IRIs), by class; grep a class (" Office ", " Person ")."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
for art, gold, g in each(BIN, sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["entities"]
    name = os.path.basename(art)[:30]
    for m in missed:
        print("MISS", m["type"], name, m["names"], m.get("jurisdiction") or "")
    for t, n in wrong:
        print("WRONG", t, name, n)
