"""A build stopped by Ctrl-C (SIGINT) or SIGTERM, or killed outright, loses
nothing: the previous site stays byte for byte, the staging folder is removed
(at once on a signal; by the next build after SIGKILL), the message says so,
and the exit status is 128 + the signal. --jobs beyond the cores is capped,
never an abort. Waits on the staging folder appearing, never on the clock.
Usage: check_interrupt.py FUNDPRESS SCRATCH_DIR"""
import os
import shutil
import signal
import subprocess
import sys

from common import Failures, snapshot

fundpress, scratch = sys.argv[1], sys.argv[2]
t = Failures("check_interrupt")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
project = os.path.join(scratch, "project")
site = os.path.join(scratch, "site")


def register(rows):
    os.makedirs(project, exist_ok=True)
    with open(os.path.join(project, "fundpress.json"), "w") as f:
        f.write('{"publisher": {"name": "Test PCC"}, "year": "2017/18"}\n')
    with open(os.path.join(project, "awards.csv"), "w") as f:
        f.write("Service,Organisation,Amount\n")
        for i in range(rows):
            f.write(f"Service {i},Organisation {i % 97},{1000 + i}\n")


def staging_folders():
    return [n for n in os.listdir(scratch) if n.startswith("site.fundpress-staging-")]


register(3)
first = subprocess.run([fundpress, "build", project, "--out", site], capture_output=True, text=True)
t.equal(first.returncode, 0, f"first build: {first.stderr}")
before = snapshot(site)

# A large register, so the build is still writing when the signal comes.
register(20000)
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
    build = subprocess.Popen([fundpress, "build", project, "--out", site, "--jobs", "100000"],
                             stderr=subprocess.PIPE, text=True)
    staging = os.path.join(scratch, f"site.fundpress-staging-{build.pid}")
    # The staging folder appears once loading and checking are done; wait for its first page.
    seen = False
    while build.poll() is None and not seen:
        seen = os.path.isdir(os.path.join(staging, "awards"))
        if not seen:
            os.sched_yield()
    t.check(seen, f"{sig.name}: the build wrote pages before it ended (it ended {build.returncode})")
    build.send_signal(sig)
    _, err = build.communicate()
    t.equal(build.returncode, -sig if sig == signal.SIGKILL else 128 + sig, f"{sig.name}: exit status")
    if sig != signal.SIGKILL:
        t.check("interrupted" in err and "nothing published" in err, f"{sig.name}: message: {err!r}")
        t.equal(staging_folders(), [], f"{sig.name}: staging folder removed")
    t.check("terminate called" not in err, f"{sig.name}: --jobs 100000 aborted: {err!r}")
    t.check(snapshot(site) == before, f"{sig.name}: the previous site is unchanged")

# SIGKILL left its staging folder; the next build, which proves it stale, removes it.
t.equal(len(staging_folders()), 1, "SIGKILL leaves one staging folder")
register(3)
again = subprocess.run([fundpress, "build", project, "--out", site], capture_output=True, text=True)
t.equal(again.returncode, 0, f"rebuild: {again.stderr}")
t.equal(staging_folders(), [], "the next build removed the killed build's staging folder")
t.finish()
