"""missoff.py BIN DIR...: READABLE sets only. Office entities missed and wrong, with names."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
for art, gold, g in each(BIN, sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["entities"]
    for m in missed:
        if m["type"] == "Office": print("MISS", os.path.basename(art)[:30], m["names"], m.get("jurisdiction"))
    for t, n in wrong:
        if t == "Office": print("WRONG", os.path.basename(art)[:30], n)
