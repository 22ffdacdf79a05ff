"""`check` finds everything `build` would refuse: for every publisher folder
under the given roots (each folder holding a fundpress.json), `fundpress
check` and `fundpress build` end with the same exit status, and a build that
fails publishes nothing. Usage: check_agree.py FUNDPRESS SCRATCH_DIR ROOT..."""
import os
import shutil
import subprocess
import sys

from common import Failures

fundpress, scratch, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
t = Failures("check_agree")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)

folders = sorted(folder for root in roots for folder, _, names in os.walk(root) if "fundpress.json" in names)
for n, folder in enumerate(folders):
    out = os.path.join(scratch, str(n))
    check = subprocess.run([fundpress, "check", folder], capture_output=True, text=True, errors="replace")
    build = subprocess.run([fundpress, "build", folder, "--out", out], capture_output=True, text=True, errors="replace")
    t.equal(build.returncode, check.returncode,
            f"{folder}: build and check disagree; build said {build.stderr[-400:]!r}")
    t.equal(os.path.exists(out), build.returncode == 0, f"{folder}: published only on success")
t.finish(f"{len(folders)} publisher folders")
