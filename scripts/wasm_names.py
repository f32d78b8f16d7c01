"""Shorter names between a wasm-bindgen module and its JS glue (used by scripts/postbuild.py).

wasm-bindgen names every import of a module after the JS it calls plus a 16-digit hash
(`__wbg_addEventListener_f2d27251d333a631`), every import's module after the glue file
(`./gangmu-web_bg.js`) and its closure shims after their Rust types (200 characters each). The
names are written twice, in the wasm's import and export sections and in the glue, and the
hashes do not compress: on the page they were ≈ 7 KB of the first paint's gzip (BENCHMARKS.md,
session 8). Emscripten shortens the same names for the same reason (binaryen's
`--minify-imports-and-exports`); this does it after Trunk, so both sides change together:

- imports of the glue's module (`__wbg_*`, `__wbindgen_*`) get short names, and the module is
  called `a`;
- exports the glue alone uses (`__wbindgen_*`, `__externref_*`, closure shims) get short names;
  the app's own exports (`handle`, `warm_up`, …), `memory` and anything else keep theirs;
- the `producers` and `target_features` custom sections (build metadata) are left out.

A name is replaced in the glue only as a whole identifier, and only names read from the wasm are
replaced; `shorten` refuses (ValueError) a module whose imports it does not find in the glue, or
whose imports come from more than one module, so a wasm-bindgen that changes its glue fails the
build instead of shipping a page that cannot start.
Standard library only.
"""
import re

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DROPPED_SECTIONS = {"producers", "target_features"}


def leb(data, i):
    """An unsigned LEB128 at `i`: (value, index after it). tools/wasm_functions.py uses it too."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _uleb(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _name(data, i):
    n, i = leb(data, i)
    return data[i:i + n].decode("utf-8"), i + n


def _vec_name(s):
    raw = s.encode("utf-8")
    return _uleb(len(raw)) + raw


def _short(k, prefix=""):
    s = ""
    while True:
        s = ALPHABET[k % len(ALPHABET)] + s
        k //= len(ALPHABET)
        if k == 0:
            return prefix + s
        k -= 1


def _limits_end(data, i):
    flags = data[i]
    _, i = leb(data, i + 1)
    if flags & 1:
        _, i = leb(data, i)
    return i


def import_desc_end(data, i):
    """Where an import's description that starts at `i` ends (shared with tools/wasm_functions.py)."""
    kind = data[i]
    i += 1
    if kind == 0:  # function: a type index
        return leb(data, i)[1]
    if kind == 1:  # table: a reference type, then limits
        return _limits_end(data, i + 1)
    if kind == 2:  # memory: limits
        return _limits_end(data, i)
    if kind == 3:  # global: a value type and mutability
        return i + 2
    if kind == 4:  # tag: an attribute and a type index
        return leb(data, i + 1)[1]
    raise ValueError(f"wasm import of unknown kind {kind}")


def _glue_only_export(name):
    return (
        name.startswith(("__wbindgen_", "__externref_", "__wbg_"))
        or "__convert__closures" in name
    )


def shorten(wasm, glue):
    """Returns (wasm, glue) with shorter names; raises ValueError on anything unexpected."""
    if wasm[:8] != b"\0asm\1\0\0\0":
        raise ValueError("not a wasm module")
    renamed = {}
    imported = set()
    modules = set()
    out = bytearray(wasm[:8])
    i = 8
    while i < len(wasm):
        section = wasm[i]
        size, start = leb(wasm, i + 1)
        body = wasm[start:start + size]
        i = start + size
        if section == 0 and _name(body, 0)[0] in DROPPED_SECTIONS:
            continue
        if section == 2:
            count, k = leb(body, 0)
            new = bytearray(_uleb(count))
            for _ in range(count):
                module, k = _name(body, k)
                field, k = _name(body, k)
                end = import_desc_end(body, k)
                desc, k = body[k:end], end
                if field.startswith(("__wbg_", "__wbindgen_")):
                    modules.add(module)
                    imported.add(field)
                    module = "a"
                    field = renamed.setdefault(field, _short(len(renamed)))
                new += _vec_name(module) + _vec_name(field) + desc
            body = bytes(new)
        elif section == 7:
            count, k = leb(body, 0)
            kept = set()
            entries = []
            for _ in range(count):
                field, k = _name(body, k)
                end = leb(body, k + 1)[1]
                entries.append((field, body[k:end]))
                k = end
                if not _glue_only_export(field):
                    kept.add(field)
            new = bytearray(_uleb(count))
            n = 0
            for field, desc in entries:
                if _glue_only_export(field):
                    short = _short(n, "_")
                    n += 1
                    while short in kept:
                        short = _short(n, "_")
                        n += 1
                    field = renamed.setdefault(field, short)
                new += _vec_name(field) + desc
            body = bytes(new)
        out.append(section)
        out += _uleb(len(body))
        out += body
    if len(modules) > 1:
        raise ValueError(f"imports from several glue modules: {sorted(modules)}")
    for old, new in renamed.items():
        pattern = r"(?<![\w$])" + re.escape(old) + r"(?![\w$])"
        glue, found = re.subn(pattern, new, glue)
        # Every import is the glue's; an export the glue does not use (`__wbindgen_free` in a
        # module that frees nothing from JS) is renamed all the same.
        if not found and old in imported:
            raise ValueError(f"the import {old} is not in the glue")
    for module in modules:
        key = '"' + module + '":'
        if glue.count(key) != 1:
            raise ValueError(f"the glue names its import module {module} {glue.count(key)} times")
        glue = glue.replace(key, '"a":', 1)
    return bytes(out), glue
