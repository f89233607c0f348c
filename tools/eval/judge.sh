#!/usr/bin/env bash
# judge.sh REF [BASEOUT]: build REF in a scratch worktree, run watch2.sh on it
# and print what changed against BASEOUT (a watch2.sh file of main; default
# /tmp/w-main.txt).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
REF=$1; BASE=${2:-/tmp/w-main.txt}
tag=$(echo "$REF" | tr '/' '_')
cd /work/main
git worktree remove --force /tmp/b-$tag 2>/dev/null || true
git worktree add -q --detach /tmp/b-$tag "$REF"
(cd /tmp/b-$tag && go build -o /tmp/nb-$tag ./cmd/newsgraph)
"$HERE"/watch2.sh /tmp/nb-$tag /tmp/w-$tag.txt > /dev/null 2>&1
python3 "$HERE"/summ.py "$BASE" /tmp/w-$tag.txt
git worktree remove --force /tmp/b-$tag
