#!/usr/bin/env python3
# summ.py A.txt B.txt: per set, per kind F1 A -> B where changed
import sys,re
def load(p):
    d={};cur=None
    for l in open(p):
        l=l.rstrip()
        if l.startswith("== "): cur=l[3:]; continue
        if l.startswith("tune part"): cur="tune"; continue
        if l.startswith("check part"): cur="check"; continue
        m=re.match(r"(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+\((.*)\)",l)
        if m and cur: d[(cur,m.group(1))]=(m.group(4),m.group(5))
    return d
a,b=load(sys.argv[1]),load(sys.argv[2])
for k in b:
    if k in a and a[k]!=b[k]: print(f"{k[0]:8s} {k[1]:13s} {a[k][0]} -> {b[k][0]}   ({a[k][1]} -> {b[k][1]})")
