#!/usr/bin/env python3
"""diag14.py BIN DIR...: counts only. Wrong extracted events: is there a gold
event of that type at all, the rule that typed it, status, participants,
date relative to the article date."""
import sys, os, re, subprocess, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S
from collections import Counter
import datetime
C = Counter(); SHOW = os.environ.get("SHOW")
for d in sys.argv[2:]:
    for art in S.articles([d]):
        gold = S.Gold(json.load(open(art[:-4] + ".gold.json")))
        out = subprocess.run([sys.argv[1], "extract", art], capture_output=True, text=True).stdout
        g = S.Graph(S.parse_nquads(out))
        exp = subprocess.run([sys.argv[1], "extract", "--explain", art], capture_output=True, text=True).stdout
        rule = {}
        for line in exp.splitlines():
            m = re.search(r"<ngid:article/\w+/event/(\d+)> <rdf:type> <ng:(\w+)>\s+\[([^\]]+)\]", line)
            if m: rule[m.group(1)] = m.group(3)
        res, _ = S.score_article(g, gold)
        tp, missed, wrong = res["events"]
        adate = gold.doc.get("date")
        gtypes = Counter(e["type"] for e in gold.doc.get("events", []))
        for t, n in wrong:
            C["wrong"] += 1
            near = [e for e in missed if e["type"] == t]
            C["wrong %s: gold has missed event of same type: %s" % (t, bool(near))] += 1
            r = rule.get(n.rsplit("/", 1)[1], "?")
            C["rule %s %s" % (t, r)] += 1
            st = next(iter(g.values(n, S.NG + "status")), "-")
            C["status %s" % st] += 1
            np_ = len(g.objs(n, S.NG + "participant"))
            C["participants %s" % min(np_, 3)] += 1
            ds = list(g.values(n, S.NG + "date"))
            if not ds: dk = "none"
            elif ds[0] == adate: dk = "article date"
            else:
                try:
                    dd = (datetime.date.fromisoformat(ds[0]) - datetime.date.fromisoformat(adate)).days
                    dk = "past>30" if dd < -30 else "past<=30" if dd < 0 else "future"
                except Exception: dk = "coarse"
            C["date " + dk] += 1
            if not near: C["no-near rule %s %s" % (t, r)] += 1
for k in sorted(C): print(f"{k:65s} {C[k]}")
