#!/usr/bin/env python3
"""Code size of a wasm binary by function, grouped by Rust path (a small twiggy).

Reads the code section and the `name` custom section of a wasm *before* wasm-bindgen and
wasm-opt strip the names (Trunk's cargo output, e.g.
target/wasm32-unknown-unknown/wasm-release/gangmu-web.wasm), demangles legacy Rust symbols and
sums the bodies' sizes per path prefix. Pre-optimisation bytes, so use it to compare two builds
(which parts grew), not as the shipped size (BENCHMARKS.md has those, gzip -9 after wasm-opt).

usage: tools/wasm_functions.py FILE [DEPTH] [REGEX] [N]
  DEPTH  path segments to group by (0: whole function names); default 1 (crates)
  REGEX  only functions whose demangled name matches
  N      rows to print (default 40)
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'scripts'))
from wasm_names import import_desc_end, leb  # noqa: E402  (the build's own wasm reader)

REPLACE = [('$LT$', '<'), ('$GT$', '>'), ('$u20$', ' '), ('$RF$', '&'), ('$C$', ','),
           ('$u7b$', '{'), ('$u7d$', '}'), ('$LP$', '('), ('$RP$', ')'), ('$BP$', '*'),
           ('$u27$', "'"), ('$u5b$', '['), ('$u5d$', ']'), ('$u3b$', ';'), ('$u2b$', '+'),
           ('$u3d$', '='), ('$SP$', '@'), ('..', '::')]


def demangle(name):
    if not name.startswith('_ZN'):
        return name
    i, parts = 3, []
    while i < len(name) and name[i].isdigit():
        j = i
        while name[j].isdigit():
            j += 1
        n = int(name[i:j])
        parts.append(name[j:j + n])
        i = j + n
    if parts and re.fullmatch(r'h[0-9a-f]{16}', parts[-1]):
        parts.pop()
    s = '::'.join(p[1:] if p.startswith('_$') else p for p in parts)
    for a, b in REPLACE:
        s = s.replace(a, b)
    return s


def functions(data):
    """(name, body size) of every defined function."""
    i, imported, sizes, names = 8, 0, [], {}
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if sid == 2:  # imports: count the functions, whose indices come first
            n, j = leb(data, i)
            for _ in range(n):
                for _ in range(2):
                    ln, j = leb(data, j)
                    j += ln
                imported += data[j] == 0
                j = import_desc_end(data, j)
        elif sid == 10:
            n, j = leb(data, i)
            for _ in range(n):
                ln, k = leb(data, j)
                sizes.append(ln + (k - j))
                j = k + ln
        elif sid == 0:
            ln, j = leb(data, i)
            if data[j:j + ln] == b'name':
                j += ln
                while j < end:
                    sub = data[j]
                    sl, j = leb(data, j + 1)
                    if sub == 1:
                        n, k = leb(data, j)
                        for _ in range(n):
                            idx, k = leb(data, k)
                            ln2, k = leb(data, k)
                            names[idx] = data[k:k + ln2].decode('utf8', 'replace')
                            k += ln2
                    j += sl
        i = end
    return [(demangle(names.get(imported + k, '?')), s) for k, s in enumerate(sizes)]


def main():
    data = open(sys.argv[1], 'rb').read()
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    pattern = re.compile(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    totals = collections.Counter()
    for name, size in functions(data):
        if pattern and not pattern.search(name):
            continue
        if depth == 0:
            totals[name] += size
            continue
        m = re.search(r'([a-z_][a-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*)', name.lstrip('<&mut '))
        path = m.group(1) if m else name
        totals['::'.join(path.split('::')[:depth])] += size
    print(f'total {sum(totals.values())} bytes of code')
    for group, size in totals.most_common(rows):
        print(f'{size:9d}  {group[:160]}')


if __name__ == '__main__':
    main()
