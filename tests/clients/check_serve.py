"""fundpress serve, as a browser would use it: starts on a free port (--port 0)
on a copy of tests/fixtures/serve-preview, waits for the "serving at" line,
reads pages at the base_url's path (the output folder inside the project), edits the register and waits for the
rebuild to show the new figure, breaks fundpress.json and reads the error page,
tries to climb out of the site, then stops it with Ctrl-C. Every wait is on a
line the server prints, with a deadline, never a sleep.
Usage: check_serve.py FUNDPRESS SOURCE_DIR SCRATCH_DIR"""
import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

from common import Failures

fundpress, source, scratch = sys.argv[1:4]
t = Failures("check_serve")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
project = os.path.join(scratch, "project")
shutil.copytree(os.path.join(source, "tests", "fixtures", "serve-preview"), project)
# The output inside the publisher folder, as a publisher may keep it: the
# watch must leave it out, or each build would set off the next.
site = os.path.join(project, "site")
with open(os.path.join(scratch, "secret.txt"), "w") as f:
    f.write("not part of the site\n")
DEADLINE = 60  # seconds: generous, only a bound on a hang

server = subprocess.Popen([fundpress, "serve", project, "--out", site, "--port", "0", "--quiet"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
lines = queue.Queue()  # (stream, line) as the server prints them
stderr_text = []


def read(stream, name):
    for line in stream:
        if name == "stderr":
            stderr_text.append(line)
        lines.put((name, line))
    lines.put((name, None))


for stream, name in ((server.stdout, "stdout"), (server.stderr, "stderr")):
    threading.Thread(target=read, args=(stream, name), daemon=True).start()


def wait_for(pattern):
    """The first line printed from now on that matches `pattern`, or None at the deadline."""
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        try:
            _, line = lines.get(timeout=end - time.monotonic())
        except queue.Empty:
            break
        if line is None:
            continue
        match = re.search(pattern, line)
        if match:
            return match
    return None


def get(path):
    """(status, headers, body) for a raw request path, sent as it is (no normalising)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=DEADLINE)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


serving = wait_for(r"serving .* at http://127\.0\.0\.1:(\d+)(/\S*)")
if not t.check(serving is not None, f"no 'serving at' line; stderr: {''.join(stderr_text)}"):
    server.kill()
    t.finish()
port = int(serving.group(1))
t.equal(serving.group(2), "/funding/", "served at the base_url's path")

status, headers, _ = get("/")
t.equal((status, headers.get("location")), (302, "/funding/"), "/ redirects to the site")
status, headers, body = get("/funding/")
t.equal(status, 200, "home page")
t.equal(headers.get("content-type"), "text/html; charset=utf-8", "home page type")
home = body.decode()
t.check("Servetown PCC" in home, "home page names the publisher")
t.check('rel="icon"' in home, "home page links its icon")
status, headers, body = get("/funding/downloads/awards.csv")
t.equal((status, headers.get("content-type")), (200, "text/csv; charset=utf-8"), "awards.csv")
t.check(b"7250.50" in body, f"awards.csv holds the register's figure: {body[:200]!r}")
status, headers, body = get("/funding/favicon.ico")
t.equal((status, headers.get("content-type")), (200, "image/vnd.microsoft.icon"), "favicon.ico")
with open(os.path.join(site, "favicon.ico"), "rb") as f:
    t.check(body == f.read(), "favicon.ico is the file in the site")
status, headers, _ = get("/funding/register")
t.equal((status, headers.get("location")), (302, "/funding/register/"), "folder gets its slash")
status, _, body = get("/funding/register/")
t.check(status == 200 and b"Helpline" in body, "register/ is its index.html")
status, headers, body = get("/funding/no-such-page/")
with open(os.path.join(site, "404.html"), "rb") as f:
    t.equal((status, body == f.read()), (404, True), "a missing page is the site's 404.html")

# Nothing outside the site: dot segments plain and percent-encoded, and a link out.
os.symlink(os.path.join(scratch, "secret.txt"), os.path.join(site, "leak.txt"))
for path in ("/funding/../secret.txt", "/funding/%2e%2e/secret.txt", "/funding/%2E%2E%2Fsecret.txt",
             "/funding/..%2f..%2fsecret.txt", "/funding/leak.txt"):
    status, _, body = get(path)
    t.check(status in (403, 404) and b"not part of the site" not in body,
            f"{path}: refused (status {status})")

# An edit to the register: rebuilt, and the page shows the new figure.
awards = os.path.join(project, "awards.csv")
with open(awards) as f:
    register = f.read()
with open(awards, "w") as f:
    f.write(register.replace('"7,250.50"', '"9,876.54"'))
t.check(wait_for(r"fundpress: rebuilt") is not None, "rebuilt after the register changed")
end = time.monotonic() + DEADLINE
csv = b""
while time.monotonic() < end and b"9876.54" not in csv:
    csv = get("/funding/downloads/awards.csv")[2]
t.check(b"9876.54" in csv, "awards.csv shows the new figure")
status, _, body = get("/funding/")
t.check(status == 200 and "£25,377" in body.decode(), "home page shows the new total")

# A broken fundpress.json: the terminal and every page say why; the last good site stays.
config = os.path.join(project, "fundpress.json")
with open(config) as f:
    good_config = f.read()
with open(config, "w") as f:
    f.write(good_config.replace('"year": "2017/18"', '"year": "<b>17/18</b>"'))
error = wait_for(r"fundpress\.json:\d+:\d+: error: (.*)")
t.check(error is not None, f"the terminal shows the error: {''.join(stderr_text)[-500:]}")
t.check(wait_for(r"the build failed") is not None, "the terminal says the build failed")
for path in ("/funding/", "/funding/register/", "/funding/no-such-page/"):
    status, headers, body = get(path)
    page = body.decode()
    t.equal(status, 500, f"{path}: status while the build is broken")
    t.check("fundpress.json:" in page and "&lt;b&gt;17/18&lt;/b&gt;" in page and "<b>17" not in page,
            f"{path}: the page lists the diagnostic, escaped: {page[:600]}")
status, _, body = get("/funding/downloads/awards.csv")
t.check(status == 200 and b"9876.54" in body, "the last good site is still there")
with open(config, "w") as f:
    f.write(good_config)
t.check(wait_for(r"fundpress: rebuilt") is not None, "rebuilt once fixed")
t.equal(get("/funding/")[0], 200, "pages again once fixed")

server.send_signal(signal.SIGINT)
try:
    server.wait(timeout=DEADLINE)
except subprocess.TimeoutExpired:
    server.kill()
t.equal(server.returncode, 0, "Ctrl-C stops it cleanly")
rebuilds = "".join(stderr_text).count("an input changed")
t.equal(rebuilds, 3, "one rebuild for each of the three edits, none for the builds' own writes")
wait_for(r"stopped serving")
t.check("stopped serving (SIGINT)" in "".join(stderr_text), "it says it stopped")
t.finish()
