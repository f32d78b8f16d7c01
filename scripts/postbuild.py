#!/usr/bin/env python3
"""Trunk post-build step for the web app (runs in TRUNK_STAGING_DIR, before dist/ is swapped in).

0. Shorter names between each wasm and its wasm-bindgen glue (scripts/wasm_names.py), the glue
   minified by terser (tools/node_modules, from scripts/setup.sh; without it the glue is kept
   as it is, with a warning), and the page's subresource-integrity hashes made again for the
   files that changed. Together ≈ 9 KB gzip off the first paint (BENCHMARKS.md, session 8).
1. A build id (hash of the built files) as <meta name="gangmu-build">: the page fetches the
   worker with ?v=<id>, so a new deploy never runs an old worker from a cache. And an engine
   id (hash of the worker wasm) as <meta name="gangmu-engine">: reports kept in the browser
   by another engine are read again when restored (src/services/storage/mod.rs).
2. The sha256 of Trunk's inline start script added to the CSP's script-src (browsers then ignore
   'unsafe-inline', which stays only as a fallback for `trunk serve`).
3. sw.js: a service worker that caches exactly these files, so the hosted app works offline
   after the first visit.
4. gangmu.html: the whole app in one file for file:// use and "save page as" (see
   ARCHITECTURE.md, "Single-file build"): CSS inline, the wasm-bindgen glue inline in a
   <script type="module"> in <head>, both wasm files embedded as base64 of gzip.
Standard library only.
"""
import base64
import glob
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wasm_names  # noqa: E402  (beside this script)

stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")


def one(pattern):
    found = sorted(glob.glob(os.path.join(stage, pattern)))
    if not found:
        sys.exit(f"postbuild: no {pattern} in {stage}")
    return found[0]


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


index_path = os.path.join(stage, "index.html")
index = read(index_path)
main_js = one("gangmu-web-*.js") if glob.glob(os.path.join(stage, "gangmu-web-*.js")) else one("gangmu-web.js")
main_wasm = one("gangmu-web*_bg.wasm")
worker_js = one("gangmu-worker.js")
worker_wasm = one("gangmu-worker_bg.wasm")
css = sorted(glob.glob(os.path.join(stage, "app*.css")))


# 0: shorter names between each wasm and its glue; the page's integrity hashes again.
def sri(path):
    return "sha384-" + base64.b64encode(hashlib.sha384(read(path, "rb")).digest()).decode()


def minified(glue, name):
    """The glue through terser: compressed, local names mangled, top-level names kept (the
    single-file build below calls `__wbg_init`, the worker's bootstrap `wasm_bindgen`)."""
    terser = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "node_modules", "terser", "bin", "terser")
    if not os.path.exists(terser):
        print(f"postbuild: no terser (run scripts/setup.sh); {name} not minified", file=sys.stderr)
        return glue
    done = subprocess.run(["node", terser, "--compress", "--mangle"], input=glue, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"postbuild: terser failed on {name}: {done.stderr}")
    return done.stdout


for wasm_path, js_path in ((main_wasm, main_js), (worker_wasm, worker_js)):
    before = {p: sri(p) for p in (wasm_path, js_path)}
    try:
        wasm, glue = wasm_names.shorten(read(wasm_path, "rb"), read(js_path))
    except ValueError as e:
        sys.exit(f"postbuild: {os.path.basename(wasm_path)}: {e}")
    write(wasm_path, wasm)
    write(js_path, minified(glue, os.path.basename(js_path)))
    for p in (wasm_path, js_path):
        index = index.replace(f'integrity="{before[p]}"', f'integrity="{sri(p)}"')
current = {sri(os.path.join(stage, p)) for p in os.listdir(stage) if os.path.isfile(os.path.join(stage, p))}
stale = set(re.findall(r'integrity="([^"]+)"', index)) - current
if stale:
    sys.exit(f"postbuild: index.html has integrity hashes of no built file: {sorted(stale)}")

files = sorted(
    os.path.relpath(p, stage)
    for p in glob.glob(os.path.join(stage, "**"), recursive=True)
    if os.path.isfile(p) and not p.endswith((".html", "sw.js"))
)
digest = hashlib.sha256()
for rel in files:
    digest.update(rel.encode())
    digest.update(read(os.path.join(stage, rel), "rb"))
build = digest.hexdigest()[:16]
engine = hashlib.sha256(read(worker_wasm, "rb")).hexdigest()[:16]
metas = f'<meta name="gangmu-build" content="{build}" />\n  <meta name="gangmu-engine" content="{engine}" />'

# 1 + 2: build id and CSP hashes in index.html.
index = index.replace('<meta charset="utf-8" />', f'<meta charset="utf-8" />\n  {metas}', 1)
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", index, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in inline
)
index = index.replace("'unsafe-inline'; worker-src", f"'unsafe-inline' {hashes}; worker-src", 1)
write(index_path, index)

# 3: the service worker.
cached = ["./", "index.html"] + files
sw = f"""// Generated by scripts/postbuild.py: caches the app's own files for offline use.
const CACHE = "gangmu-{build}";
const FILES = {json.dumps(cached)};
self.addEventListener("install", (e) => {{
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
}});
self.addEventListener("activate", (e) => {{
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("gangmu-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
}});
self.addEventListener("fetch", (e) => {{
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  e.respondWith(
    caches.open(CACHE).then((c) =>
      c.match(req, {{ ignoreSearch: true }}).then((hit) =>
        hit || (req.mode === "navigate" ? c.match("index.html") : undefined)
      ).then((hit) => hit || fetch(req))
    )
  );
}});
"""
write(os.path.join(stage, "sw.js"), sw)

# 4: the single-file build.
def packed(path):
    return base64.b64encode(gzip.compress(read(path, "rb"), 9, mtime=0)).decode()


def js_string(s):
    # A JS string literal that cannot close the surrounding <script>.
    return json.dumps(s).replace("</", "<\\/")


glue = read(main_js)
styles = "\n".join(read(p) for p in css)
csp = (
    "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; worker-src blob:; "
    "style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; base-uri 'none'; "
    "form-action 'none'; object-src 'none'"
)
icon = base64.b64encode(read(os.path.join(stage, "icon.svg"), "rb")).decode() if os.path.exists(os.path.join(stage, "icon.svg")) else ""
single = f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="{csp}" />
{metas}
<title>纲目 · 法治政府建设年度报告分析（单文件离线版）</title>
<link rel="icon" href="data:image/svg+xml;base64,{icon}" />
<style>
{styles}
</style>
<script type="module">
{glue}
// ---- Gangmu single-file start (scripts/postbuild.py) ----
async function gangmuUnpack(b64) {{
  const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}}
window.__gangmu = {{
  workerJs: {js_string(read(worker_js))},
  workerWasm: gangmuUnpack("{packed(worker_wasm)}"),
}};
await __wbg_init({{ module_or_path: await gangmuUnpack("{packed(main_wasm)}") }});
</script>
</head>
<body>
<div class="boot" role="status">正在加载纲目… / Loading Gangmu…</div>
</body>
</html>
"""
write(os.path.join(stage, "gangmu.html"), single)
print(f"postbuild: build {build}, {len(cached)} files cached by sw.js, gangmu.html {len(single.encode()) // 1024} KB")
