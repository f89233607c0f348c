#!/usr/bin/env bash
# watch.sh BIN OUT: per-kind F1 lines of split-4 (tune, check) and of the blind sets that judge merges (/work/setW1-4, W7-W12)
BIN=$1; OUT=$2
cd /work/main
{
echo "== split4"; NEWSGRAPH=$BIN ../shared/eval/score --split 4 2>/dev/null | grep -E "part|^entities|^holds|^members|^aid|^quotes|^events|^total"
for d in /work/setW[1-4] /work/setW7 /work/setW8 /work/setW9 /work/setW10 /work/setW11 /work/setW12; do
  [ -d "$d" ] || continue
  echo "== $(basename $d)"; NEWSGRAPH=$BIN ../shared/eval/score "$d" 2>/dev/null | grep -E "^entities|^holds|^members|^aid|^quotes|^events|^total"
done
} > "$OUT"
cat "$OUT"
