#!/usr/bin/env python3
"""Lists functions over N lines (default 150) and files over 800 lines (a trailing
`#[cfg(test)] mod` aside) under a folder (default src): what docs/ARCHITECTURE.md
asks to keep short. usage: python3 scripts/long-code.py [N] [FOLDER]"""
import os, re, sys
limit = int(sys.argv[1]) if len(sys.argv) > 1 else 150
root = sys.argv[2] if len(sys.argv) > 2 else "src"
fn_re = re.compile(r'^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)')
for dp, _, fs in os.walk(root):
    for f in sorted(fs):
        if not f.endswith(".rs"): continue
        p = os.path.join(dp, f)
        lines = open(p).read().split("\n")
        # file length excluding a trailing #[cfg(test)] mod
        n = len(lines)
        for i, l in enumerate(lines):
            if l.startswith("#[cfg(test)]") and i + 1 < len(lines) and lines[i+1].startswith("mod "):
                n = i; break
        if n > 800: print(f"FILE {p}: {n} lines")
        i = 0
        while i < n:
            m = fn_re.match(lines[i])
            if m and not lines[i].rstrip().endswith(";"):
                depth = 0; started = False; j = i
                while j < len(lines):
                    s = re.sub(r'"([^"\\]|\\.)*"', '""', lines[j])
                    s = re.sub(r"'([^'\\]|\\.)'", "''", s)
                    s = s.split("//")[0]
                    for ch in s:
                        if ch == '{': depth += 1; started = True
                        elif ch == '}': depth -= 1
                    if started and depth <= 0: break
                    if not started and s.rstrip().endswith(";"): break
                    j += 1
                ln = j - i + 1
                if ln > limit: print(f"FN {p}:{i+1} {m.group(6)} {ln} lines")
                i += 1
            else:
                i += 1
