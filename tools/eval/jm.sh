#!/usr/bin/env bash
# jm.sh BRANCH: merge BRANCH onto main in a scratch branch try-BRANCH, judge it against /tmp/w-main.txt
set -e
B=$1
cd /work/main
git branch -f try-$B main
rm -rf /tmp/m-$B; git worktree add -q /tmp/m-$B try-$B
cd /tmp/m-$B && git merge -q --no-edit $B
cd /work/main
"$(dirname "$0")"/judge.sh try-$B
