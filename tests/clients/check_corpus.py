"""The bad-input corpus (tests/corpus/bad-input/): each case is a publisher
folder that fundpress must refuse. For each: `build` into a folder holding a
good site exits as expected.txt says, prints exactly its diagnostics (the
case's folder shown as CASE), leaves the previous site byte for byte as it was,
and `check` exits the same way. A case may list symbolic links to make in
symlinks.txt ("path -> target"), since a repository should not hold them.
Usage: check_corpus.py FUNDPRESS SCRATCH_DIR CORPUS_DIR GOOD_PROJECT [--update]"""
import os
import shutil
import subprocess
import sys

from common import Failures, snapshot

fundpress, scratch, corpus, good = sys.argv[1:5]
update = "--update" in sys.argv[5:]
t = Failures("check_corpus")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
site = os.path.join(scratch, "site")


built = subprocess.run([fundpress, "build", good, "--out", site], capture_output=True)
t.equal(built.returncode, 0, "the good site builds")
before = snapshot(site)

names = sorted(os.listdir(corpus))
for name in names:
    source = os.path.join(corpus, name)
    case = os.path.join(scratch, "case")
    shutil.rmtree(case, ignore_errors=True)
    shutil.copytree(source, case, ignore=shutil.ignore_patterns("expected.txt", "symlinks.txt"))
    links = os.path.join(source, "symlinks.txt")
    if os.path.exists(links):
        with open(links, encoding="utf-8") as f:
            for line in f:
                link, target = line.rstrip("\n").split(" -> ")
                os.symlink(target, os.path.join(case, link))
    build = subprocess.run([fundpress, "build", case, "--out", site], capture_output=True)
    check = subprocess.run([fundpress, "check", case], capture_output=True)
    got = f"exit {build.returncode}\n" + build.stderr.decode("utf-8", "replace").replace(case, "CASE").replace(site, "SITE")
    expected_path = os.path.join(source, "expected.txt")
    if update:
        with open(expected_path, "w", encoding="utf-8") as f:
            f.write(got)
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    t.equal(got, expected, f"{name}: diagnostics")
    t.check(build.returncode in (1, 2), f"{name}: a bad input was accepted (exit {build.returncode})")
    t.equal(check.returncode, build.returncode, f"{name}: check and build agree")
    t.check(snapshot(site) == before, f"{name}: the previous site changed")
t.finish(f"{len(names)} cases")
