#!/usr/bin/env python3
"""Runs a command once and prints its wall time (s), peak RSS (KB) and CPU time (user + sys, s).

Usage: timed-run.py <stdout file> <stderr file> <command> [args...]. Microsecond resolution
(GNU time's %e and %U/%S round to 10 ms, as long as a whole walk of a small dump).
"""
import os
import sys
import time

out, err, *command = sys.argv[1:]
actions = [
    (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    (os.POSIX_SPAWN_OPEN, 2, err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
]
start = time.perf_counter()
pid = os.posix_spawn(command[0], command, os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
print(f"{wall:.6f} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime:.6f}")
