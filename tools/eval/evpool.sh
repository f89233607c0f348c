#!/usr/bin/env bash
# evpool.sh BIN [KIND] [DIRS...]: pooled tp/missed/wrong of one kind (default events) over the blind sets (counts only)
BIN=$1; K=${2:-events}
if [ $# -gt 2 ]; then shift 2; DIRS="$*"; else DIRS=$(ls -d /work/setW*); fi
cd /work/main
for d in $DIRS; do NEWSGRAPH=$BIN ../shared/eval/score "$d" 2>/dev/null | grep "^$K "; done | sed 's/.*(\(.*\))/\1/' | awk -F/ '{t+=$1;m+=$2;w+=$3} END {printf "tp %d missed %d wrong %d F1 %.3f\n", t,m,w, 2*t/(2*t+m+w)}'
