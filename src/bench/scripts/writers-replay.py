#!/usr/bin/env python3
"""Issue 13's check, replayed against the packaged jar: a POINTS-point document (default 20,000), then one
rewrite of every point and 16 one-point partial writers, all If-Match: *, at once; then kill -9, restart,
and check numbers gap-free, every 201 present, integrity ok. Usage (from the repository, after mvn package): python3 src/bench/scripts/writers-replay.py
target/redline-0.1.0-SNAPSHOT.jar /tmp/replay-data 18181   (POINTS=, WRITERS= to change the load)"""
import json, os, signal, subprocess, sys, threading, time, urllib.request, urllib.error

JAR, DATA, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])
POINTS = int(os.environ.get("POINTS", "20000"))
WRITERS = int(os.environ.get("WRITERS", "16"))
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "redline-local-token"

def start():
    log = open(os.path.join(DATA, f"server-{int(time.time())}.log"), "w")
    p = subprocess.Popen(["java", "-Xmx2g", "-jar", JAR, "--spring.profiles.active=local",
                          f"--redline.data-dir={DATA}", f"--server.port={PORT}"], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            urllib.request.urlopen(BASE + "/actuator/health", timeout=5)
            return p
        except Exception:
            time.sleep(1)
    raise SystemExit("server did not start")

def call(method, path, body=None, headers=None, timeout=3600):
    h = {"Authorization": "Bearer " + TOKEN}
    h.update(headers or {})
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        h.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()

def draft(ref, wording, n):
    return {"id": ref, "label": ref, "points": [
        {"number": i, "category": f"Part {i // 100 + 1}", "text": f"Point {i} {wording} clause about item {i * 7919 % 10007}."}
        for i in range(1, n + 1)]}

os.makedirs(DATA, exist_ok=True)
server = start()
slug = f"big-{int(time.time())}"
print("create", call("POST", "/api/documents", {"slug": slug, "title": "big"})[0], flush=True)
t = time.time()
s, b = call("POST", f"/api/documents/{slug}/versions", draft("base", "as first drafted", POINTS), {"If-Match": "*"})
if s != 201: print(b[:500])
print(f"first version {s} in {time.time() - t:.1f} s", flush=True)
results = []
lock = threading.Lock()
def writer(name, body):
    t0 = time.time()
    s, b = call("POST", f"/api/documents/{slug}/versions", body, {"If-Match": "*"})
    with lock:
        results.append((name, s, time.time() - t0, b[:300]))
    print(f"{name}: {s} in {time.time() - t0:.1f} s" + ("" if s < 300 else " " + b[:300]), flush=True)
threads = [threading.Thread(target=writer, args=("rewrite", draft("rewrite", "as rewritten in full", POINTS)))]
for w in range(WRITERS):
    threads.append(threading.Thread(target=writer, args=(f"w{w}", {"id": f"w{w}", "label": f"w{w}", "partial": True,
        "points": [{"number": w + 1, "text": f"Point {w + 1} as writer {w} words it."}]})))
t = time.time()
for th in threads: th.start()
for th in threads: th.join()
print(f"all writers done in {time.time() - t:.1f} s; statuses {sorted(r[1] for r in results)}", flush=True)
server.send_signal(signal.SIGKILL); server.wait()
server = start()
s, b = call("GET", f"/api/documents/{slug}/versions?size=100")
nums = sorted(v["number"] for v in json.loads(b)["items"])
print("numbers after kill -9:", nums, "gap-free:", nums == list(range(1, len(nums) + 1)), flush=True)
refs = {v.get("ref") for v in json.loads(b)["items"]}
missing = [r[0] for r in results if r[1] == 201 and r[0] not in refs]
print("201s missing after restart:", missing, flush=True)
s, b = call("GET", "/api/admin/integrity")
print("integrity", s, b[:400], flush=True)
server.terminate(); server.wait()
passed = (all(r[1] == 201 for r in results) and nums == list(range(1, len(nums) + 1)) and not missing
          and s == 200 and json.loads(b).get("ok") is True)
print("REPLAY", "PASSED" if passed else "FAILED: a write was not 201, numbers have a gap, a 201 is missing or integrity failed")
sys.exit(0 if passed else 1)
