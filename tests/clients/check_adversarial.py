"""Inputs built to be slow: 100,000 rows sharing one service name (ids numbered
by a counter per name), 100,000 columns, a 10 MB field, a JSON register nested
100,000 deep and one of 100,000 values on one line. Each `fundpress check`
must end cleanly (a result or a clear refusal, never a crash) within a bound
generous enough for a busy machine yet far below what the old quadratic code
took (hours for the first; 5.7 GB and a crash for the nesting).
Usage: check_adversarial.py FUNDPRESS SCRATCH_DIR"""
import json
import os
import shutil
import subprocess
import sys

from common import Failures

fundpress, scratch = sys.argv[1], sys.argv[2]
t = Failures("check_adversarial")
shutil.rmtree(scratch, ignore_errors=True)
BOUND = 300  # seconds; each case takes well under one on an idle machine


def project(name, files, config=None):
    folder = os.path.join(scratch, name)
    os.makedirs(folder)
    with open(os.path.join(folder, "fundpress.json"), "w") as f:
        json.dump(config or {"publisher": {"name": "Test PCC"}, "year": "2017/18"}, f)
    for path, data in files.items():
        with open(os.path.join(folder, path), "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
    return folder


def check(folder, status, message):
    try:
        result = subprocess.run([fundpress, "check", folder], capture_output=True, text=True, timeout=BOUND)
    except subprocess.TimeoutExpired:
        t.check(False, f"{folder}: still running after {BOUND} s")
        return
    t.equal(result.returncode, status, f"{folder}: exit status ({result.stderr[-300:]!r})")
    t.check(message in result.stderr, f"{folder}: expected {message!r} in {result.stderr[-300:]!r}")


rows = "".join(f"Helpline,Victim Support,{i + 1}\n" for i in range(100000))
check(project("one-name", {"awards.csv": "Service,Organisation,Amount\n" + rows}), 0, "100,000 rows")

extra = ",".join(f"C{i}" for i in range(100000))
check(project("many-columns", {"awards.csv": f"Service,Organisation,Amount,{extra}\nA,B,1{',' * 100000}\n"}),
      0, "1 row")

check(project("huge-field", {"awards.csv": "Service,Organisation,Amount\nA," + "x" * 10_000_000 + ",1\n"}),
      1, "organisation is 10,000,000 characters long")

config = {"publisher": {"name": "Test PCC"}, "year": "2017/18", "awards": "awards.json"}
check(project("deep-json", {"awards.json": "[" * 100000 + "]" * 100000}, config), 1,
      "values are nested more than 256 levels deep")
values = ",".join('{"service": "A", "organisation": "B", "amount": "%d"}' % (i + 1) for i in range(100000))
check(project("one-line-json", {"awards.json": "[" + values + "]"}, config), 0, "100,000 rows")
t.finish()
