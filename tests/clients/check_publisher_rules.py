"""A shipped publisher's own config enables its framework's rules: a copy of its
folder with one line added that breaks one rule fails `check` with that rule's
code, as an error, while the folder as shipped does not raise it at all. The line
is the register file's last line with the given fields changed and an id of its own.
Usage: check_publisher_rules.py FUNDPRESS PUBLISHER_DIR SCRATCH_DIR FILE CODE [--anywhere] FIELD=VALUE...
(--anywhere: the diagnostic may stand at another line or file, e.g. the first award of a one-off fund)"""
import csv
import os
import re
import shutil
import subprocess
import sys

from common import Failures

fundpress, publisher, scratch, file, code = sys.argv[1:6]
rest = sys.argv[6:]
anywhere = "--anywhere" in rest
changes = dict(arg.split("=", 1) for arg in rest if arg != "--anywhere")
name = os.path.basename(os.path.normpath(publisher))
t = Failures(f"check_publisher_rules[{name} {code}]")
shutil.rmtree(scratch, ignore_errors=True)
project = os.path.join(scratch, name)
shutil.copytree(publisher, project)


def run_check():
    result = subprocess.run([fundpress, "check", project], capture_output=True, text=True, errors="replace")
    return result.returncode, result.stderr.splitlines()


status, lines = run_check()
t.check(not any(line.endswith(f"[{code}]") for line in lines),
        f"the folder as shipped already raises [{code}]: {[l for l in lines if code in l][:3]}")

path = os.path.join(project, file)
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header = rows[0]
for field in changes:
    t.check(field in header, f"{file} has no column {field!r} (columns: {header})")
line = dict(zip(header, rows[-1]))
line.update(changes)
if "id" in header:
    line["id"] = f"RULE-TEST-{code}"
with open(path, "a", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerow([line.get(h, "") for h in header])
added = len(rows) + 1  # the header is line 1

status, lines = run_check()
t.equal(status, 1, f"check exit status with a line breaking [{code}]")
place = (re.escape(project) + r"/[^:]+:\d+" if anywhere else re.escape(path) + f":{added}") + r":\d+: error: "
found = [l for l in lines if re.match(place, l) and l.endswith(f"[{code}]")]
t.check(found, f"no error [{code}] {'in the project' if anywhere else f'at {file}:{added}'}; check said: {lines[-12:]}")
t.finish(found[0] if found else "")
