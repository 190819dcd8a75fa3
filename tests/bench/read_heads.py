#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
"""read_heads.py DIR [BYTES] [READERS]: the floor of a cold scan (scan-bench.sh).

Walks DIR and reads the first BYTES (default 16384) of every file with READERS threads (default 4): one
open, one pread, one close per file, nothing parsed. Prints the process's CPU seconds (user + sys).
"""
import os
import sys
from concurrent.futures import ThreadPoolExecutor


def head(path, n):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return 0
    try:
        return len(os.pread(fd, n, 0))
    finally:
        os.close(fd)


def main():
    root = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 16384
    readers = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    paths = [os.path.join(d, f) for d, _, files in os.walk(root) for f in files]
    with ThreadPoolExecutor(readers) as pool:
        total = sum(pool.map(lambda p: head(p, n), paths, chunksize=64))
    t = os.times()
    print("%.2f" % (t.user + t.system))
    print("read_heads: %d files, %d bytes" % (len(paths), total), file=sys.stderr)


if __name__ == "__main__":
    main()
