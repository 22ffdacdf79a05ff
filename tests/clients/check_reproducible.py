"""Two builds of the same folder, a few seconds apart, give byte-identical
downloads (and the whole site). Usage: check_reproducible.py FUNDPRESS SCRATCH_DIR PROJECT..."""
import filecmp
import os
import shutil
import subprocess
import sys
import time

from common import Failures

fundpress, scratch, projects = sys.argv[1], sys.argv[2], sys.argv[3:]
t = Failures("check_reproducible")
env = dict(os.environ)
env.pop("SOURCE_DATE_EPOCH", None)
shutil.rmtree(scratch, ignore_errors=True)


def files_under(top):
    return sorted(os.path.relpath(os.path.join(d, f), top) for d, _, fs in os.walk(top) for f in fs)


for project in projects:
    builds = []
    for n in (1, 2):
        out = os.path.join(scratch, os.path.basename(project), str(n))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        subprocess.run([fundpress, "build", project, "--out", out], env=env, check=True, capture_output=True)
        builds.append(out)
        time.sleep(1.1)  # a clock that leaks into a file shows up as a difference
    first, second = files_under(builds[0]), files_under(builds[1])
    t.equal(first, second, f"{project}: the files of two builds")
    t.check(any(f.startswith("downloads/") for f in first), f"{project}: no downloads")
    for name in first:
        if name in second:
            t.check(filecmp.cmp(os.path.join(builds[0], name), os.path.join(builds[1], name), shallow=False),
                    f"{project}: {name} differs between two builds")
    print(f"check_reproducible: {project}: {len(first)} files identical")
t.finish()
