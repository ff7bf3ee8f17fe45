#!/bin/sh
# Hangs with a child process and a grandchild, each recording its pid, like a runner with forks.
sh -c 'sleep 300 & echo $! > "$PARALLEL_TESTS_OUT/grandchild.pid"; wait' &
echo $! > "$PARALLEL_TESTS_OUT/child.pid"
echo "hanging"
sleep 300
