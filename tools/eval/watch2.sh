#!/usr/bin/env bash
# watch2.sh BIN OUT: watch.sh plus the readable sets /work/readR*, readM*, readA*, readO*, readE*, readS*
BIN=$1; OUT=$2
bash "$(dirname "$0")"/watch.sh "$BIN" "$OUT" > /dev/null 2>&1
cd /work/main
for d in /work/readR* /work/readM* /work/readA* /work/readO* /work/readE* /work/readS*; do
  echo "== $(basename $d)"; NEWSGRAPH=$BIN ../shared/eval/score "$d" 2>/dev/null | grep -E "^entities|^holds|^members|^aid|^quotes|^events|^total"
done >> "$OUT"
