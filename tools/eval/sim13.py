#!/usr/bin/env python3
"""sim13.py BIN VARIANT DIR...: counts only. Events tp/missed/wrong if
participants were added to extracted events by a variant rule."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each_quads, sentence_labels
from collections import Counter
V = sys.argv[2]
T = Counter()
for art, gold, quads in each_quads(sys.argv[1], sys.argv[3:]):
    g = S.Graph(quads)
    base = S.score_article(g, gold)[0]["events"]
    text, lab = sentence_labels(quads)
    people = g.of_type(S.CLASS["Person"])
    ment = {}
    for p in people:
        ks = {nm.split()[-1] for nm in g.values(p, S.SCHEMA + "name") | g.values(p, S.SCHEMA + "alternateName")}
        ment[p] = sorted(i for i, t in text.items() if any(re.search(r"\b%s\b" % re.escape(kk), t) for kk in ks))
    evs = [(t, n) for t in ["Meeting", "Summit", "Visit"] for n in g.of_type(S.CLASS[t])]
    for t, n in evs:
        k = lab.get(n)
        if k is None: continue
        named = bool(g.values(n, S.SCHEMA + "name"))
        nparts = len(g.objs(n, S.NG + "participant"))
        if V == "gather-all":
            ok = t == "Summit" or (t == "Meeting" and named)
            win = 10**6
        elif V == "gather-3":
            ok = t == "Summit" or (t == "Meeting" and named); win = 3
        elif V == "all-next1":
            ok = t != "Visit"; win = 1
        elif V == "all-next2":
            ok = t != "Visit"; win = 2
        elif V == "all-all":
            ok = True; win = 10**6
        elif V == "visit-all":
            ok = t == "Visit"; win = 10**6
        elif V == "same0":
            ok = True; win = 0
        elif V == "meet-same0":
            ok = t != "Visit"; win = 0
        elif V == "next-only":
            ok = True; win = 1
        elif V == "next-only-meet":
            ok = t != "Visit"; win = 1
        elif V == "next-only-visit":
            ok = t == "Visit"; win = 1
        elif V == "gather-speech":
            ok = t == "Summit" or (t == "Meeting" and named); win = 10**6
        elif V == "gather-any-speech":
            ok = t == "Summit" or (t == "Meeting" and (named or nparts >= 3)); win = 10**6
        else: ok = False
        if not ok: continue
        for p in people:
            lo = k + 1 if V.startswith("next-only") else k
            SP = re.compile(r"\b(said|says|told|stressed|noted|added|urged|called|emphasi[sz]ed|stated|pointed|expressed|highlighted|underlined|attended|addressed|delivered|represented|participated|joined|welcomed|thanked)\b")
            evsent = set(lab.values())
            if V.endswith("speech"):
                if any(i > k and SP.search(text[i]) and i not in evsent for i in ment[p]):
                    g.out.setdefault(n, {}).setdefault(S.NG + "participant", set()).add(("iri", p))
                continue
            if any(lo <= i <= k + win for i in ment[p]):
                g.out.setdefault(n, {}).setdefault(S.NG + "participant", set()).add(("iri", p))
    new = S.score_article(g, gold)[0]["events"]
    L=lambda x: x if isinstance(x,int) else len(x)
    T["base tp"] += L(base[0]); T["base missed"] += L(base[1]); T["base wrong"] += L(base[2])
    T["new tp"] += L(new[0]); T["new missed"] += L(new[1]); T["new wrong"] += L(new[2])
pass
for k in sorted(T): print(k, T[k])
