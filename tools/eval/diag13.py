#!/usr/bin/env python3
"""diag13.py BIN DIR...: counts only (SHOW=1 prints cases: readable sets only).
For each gold participant that the best participant-only near-miss event
lacks although the person was extracted: where the person is mentioned
relative to the event's sentence (same, before, after, distance), whether
the event sentence has a third-person pronoun, and how many participants
the extracted event has."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each_quads, sentence_labels, participant_near_miss
from collections import Counter
C = Counter(); SHOW = os.environ.get("SHOW")
PRON = re.compile(r"\b(he|she|his|her|they|their)\b", re.I)
for art, gold, quads in each_quads(sys.argv[1], sys.argv[2:]):
    g = S.Graph(quads)
    res, _ = S.score_article(g, gold)
    text, lab = sentence_labels(quads)
    tp, missed, wrong = res["events"]
    people = g.of_type(S.CLASS["Person"])
    for e in missed:
        best = participant_near_miss(g, gold, e)
        if best is None: continue
        parts = [p for _, p in g.objs(best, S.NG + "participant")]
        k = lab.get(best)
        for w in e.get("participants", []):
            if any(S.is_named(g, gold, p, w) for p in parts): continue
            ps = [p for p in people if S.is_named(g, gold, p, w)]
            if not ps: continue
            C["linking miss"] += 1
            C["  event has %s participants" % min(len(parts), 3)] += 1
            keys = set()
            for p in ps:
                for nm in g.values(p, S.SCHEMA + "name") | g.values(p, S.SCHEMA + "alternateName"):
                    keys.add(nm.split()[-1])
            ment = sorted(i for i, t in text.items() if any(re.search(r"\b%s\b" % re.escape(kk), t) for kk in keys))
            if k is None:
                C["  event sentence unknown"] += 1; continue
            st = text.get(k, "")
            pr = bool(PRON.search(st))
            if k in ment: where = "same sentence"
            else:
                before = [i for i in ment if i < k]; after = [i for i in ment if i > k]
                if before and k - before[-1] == 1: where = "previous sentence"
                elif after and after[0] - k == 1: where = "next sentence"
                elif before: where = "earlier (2+)"
                elif after: where = "later (2+)"
                else: where = "not found by surname"
            C["  where: " + where] += 1
            C["  type %s where %s" % (e["type"], where)] += 1
            C["  type %s gold parts %s" % (e["type"], min(len(e.get("participants", [])), 4))] += 1
            C["  where: %s, pronoun in event sentence %s" % (where, pr)] += 1
            # is the person the article's most mentioned person?
            counts = {}
            for p in people:
                ks = {nm.split()[-1] for nm in g.values(p, S.SCHEMA + "name")}
                counts[p] = sum(1 for t in text.values() if any(re.search(r"\b%s\b" % re.escape(kk), t) for kk in ks))
            top = max(counts.values()) if counts else 0
            C["  person is the article's most mentioned: %s" % any(counts.get(p) == top for p in ps)] += 1
            C["  gold event has %s participants" % min(len(e.get('participants', [])), 4)] += 1
            if SHOW: print(os.path.basename(art)[:40], e["type"], w, where, "|", st[:160])
for k in sorted(C): print(f"{k:65s} {C[k]}")
