"""Builds a publisher folder with fundpress for the client tests, and keeps the
control line beside the site (SITE.control), and where it came from (SITE.project). Usage: build_site.py FUNDPRESS PROJECT SITE"""
import os
import shutil
import subprocess
import sys

fundpress, project, site = sys.argv[1:4]
env = dict(os.environ)
env.pop("SOURCE_DATE_EPOCH", None)  # the tests expect the data's as_of date in the files
shutil.rmtree(site, ignore_errors=True)
os.makedirs(os.path.dirname(site), exist_ok=True)
result = subprocess.run([fundpress, "build", project, "--out", site], env=env,
                        capture_output=True, text=True)
sys.stderr.write(result.stderr)
if result.returncode != 0:
    sys.exit(f"build_site: fundpress build {project} exited {result.returncode}")
with open(site + ".control", "w", encoding="utf-8") as f:
    f.write(result.stderr.strip().splitlines()[-1] + "\n")
with open(site + ".project", "w", encoding="utf-8") as f:
    f.write(os.path.abspath(project) + "\n")
print(f"build_site: built {project} into {site}")
