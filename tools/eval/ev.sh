#!/usr/bin/env bash
# ev.sh BIN FILE: events and shipments of an article, readable
BIN=$1; F=$2
$BIN extract "$F" | python3 -c '
import sys,re,collections
T=re.compile(r"<([^>]*)>|\"((?:[^\"\\\\]|\\\\.)*)\"")
name={};ev=collections.defaultdict(lambda: collections.defaultdict(list))
for l in sys.stdin:
    ts=[a or b for a,b in T.findall(l)]
    if len(ts)<3: continue
    s,p,o=ts[0],ts[1],ts[2]
    if p.endswith("/name"): name.setdefault(s,o)
    if "/event/" in s or "/shipment/" in s or "/item/" in s:
        ev[s][p.split("/")[-1].split("#")[-1]].append(o)
for s in sorted(ev):
    d=ev[s]
    if "/item/" in s: continue
    print(s.split("/article/")[1][17:], d.get("type",[""])[0].split("/")[-1], "date=",d.get("date"), "loc=",[name.get(x,x) for x in d.get("location",[])])
    for k in ["participant","donor","recipient"]:
        if k in d: print("   ",k, [name.get(x,x).split("/")[-1] for x in d[k]])
    for it in d.get("includes",[]):
        print("    item", ev[it].get("name"), ev[it].get("quantity"), ev[it].get("unit"))
'
