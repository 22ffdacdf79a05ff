"""A rebuild after a change publishes exactly what a clean build of the changed
folder publishes, and leaves every file whose bytes did not change as it was
(same inode, same modification time), while the publisher's own files in the
site survive. Each kind of change is made in turn to one generated register
and rebuilt into the same site, so the spare folder that rebuilds recycle
(publish/spare_site.h) holds the site of two builds before, as in real use.
Usage: check_incremental.py FUNDPRESS FUNDPRESS_GENERATE SCRATCH_DIR"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys

from common import Failures

fundpress, generate, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
t = Failures("check_incremental")
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
project = os.path.join(scratch, "project")
site = os.path.join(scratch, "site")
env = dict(os.environ)
env.pop("SOURCE_DATE_EPOCH", None)
MANIFEST = "fundpress-manifest.json"
FOREIGN = {"CNAME": "funding.example.org\n", "notes/read-me.txt": "the publisher's own file\n"}

subprocess.run([generate, project, "--lines", "250", "--seed", "7"], check=True, capture_output=True)


def build(out):
    run = subprocess.run([fundpress, "build", project, "--out", out, "--quiet"], env=env,
                         capture_output=True, text=True)
    t.check(run.returncode == 0, f"build into {out} failed: {run.stdout}{run.stderr}")


def files(top):
    """Every file under `top` but the manifest: path -> (bytes, inode, mtime_ns)."""
    found = {}
    for folder, _, names in os.walk(top):
        for name in names:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, top)
            if relative == MANIFEST:
                continue
            with open(path, "rb") as f:
                stat = os.stat(path)
                found[relative] = (f.read(), stat.st_ino, stat.st_mtime_ns)
    return found


def published(top):
    with open(os.path.join(top, MANIFEST), encoding="utf-8") as f:
        return json.load(f)["files"]


def read_register():
    with open(os.path.join(project, "awards.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write_register(header, rows):
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows([header] + rows)
    with open(os.path.join(project, "awards.csv"), "w", encoding="utf-8") as f:
        f.write(text.getvalue())


def edit_line(index, column, value):
    def change():
        header, rows = read_register()
        rows[index][header.index(column)] = value
        write_register(header, rows)
    return change


def remove_line(index):
    def change():
        header, rows = read_register()
        del rows[index]
        write_register(header, rows)
    return change


def add_line():
    header, rows = read_register()
    line = list(rows[3])
    line[header.index("id")] = "N-9999999"
    line[header.index("service")] = "A service added since"
    write_register(header, rows + [line])


def edit_config(change):
    def apply():
        path = os.path.join(project, "fundpress.json")
        with open(path, encoding="utf-8") as f:
            config = json.load(f)
        change(config)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(config, f, indent=2)
    return apply


def override_template(text):
    def apply():
        folder = os.path.join(project, "templates", "site", "partials")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "incremental-note.html.mustache"), "w", encoding="utf-8") as f:
            f.write(text)
    return apply


def remove_override():
    shutil.rmtree(os.path.join(project, "templates"))


def add_foreign(path, text):
    def apply():
        os.makedirs(os.path.dirname(os.path.join(site, path)) or site, exist_ok=True)
        with open(os.path.join(site, path), "w", encoding="utf-8") as f:
            f.write(text)
        FOREIGN[path] = text
    return apply


def remove_foreign(path):
    def apply():
        os.remove(os.path.join(site, path))
        del FOREIGN[path]
    return apply


header, rows = read_register()
original_amount = rows[5][header.index("amount")]
other_fund = next(r[header.index("fund")] for r in rows if r[header.index("fund")] != rows[7][header.index("fund")])
other_year = next(r[header.index("year")] for r in rows if r[header.index("year")] != rows[8][header.index("year")])
changes = [
    ("nothing", lambda: None),
    ("an amount", edit_line(5, "amount", "123456.78")),
    ("the amount back (the spare holds it)", edit_line(5, "amount", original_amount)),
    ("a service's name", edit_line(6, "service", "Renamed & <escaped> service")),
    ("an organisation", edit_line(6, "organisation", "A New Organisation Ltd")),
    ("a fund", edit_line(7, "fund", other_fund)),
    ("a year", edit_line(8, "year", other_year)),
    ("a removed line", remove_line(9)),
    ("an added line", add_line),
    ("the publisher's name", edit_config(lambda c: c["publisher"].__setitem__("short_name", "Renamed"))),
    ("a new partial in the templates", override_template("<!-- a partial nothing includes -->\n")),
    ("the templates folder removed", remove_override),
    ("a file of the publisher's added to the site", add_foreign("notes/later.txt", "added later\n")),
    ("a file of the publisher's removed from the site", remove_foreign("notes/read-me.txt")),
]

build(site)
for path, text in FOREIGN.items():
    os.makedirs(os.path.dirname(os.path.join(site, path)) or site, exist_ok=True)
    with open(os.path.join(site, path), "w", encoding="utf-8") as f:
        f.write(text)
build(site)  # the first rebuild: from now on a spare is recycled
t.check(os.path.isdir(site + ".fundpress-spare"), "no spare folder beside the site after a rebuild")

rewritten_total = 0
for n, (what, change) in enumerate(changes):
    before = files(site)
    change()
    build(site)
    clean = os.path.join(scratch, f"clean-{n}")
    build(clean)
    after, expected = files(site), files(clean)
    ours = {p: v for p, v in after.items() if p not in FOREIGN}
    t.equal(sorted(ours), sorted(expected), f"after {what}: the files published")
    for path in sorted(set(ours) & set(expected)):
        t.check(ours[path][0] == expected[path][0], f"after {what}: {path} differs from a clean build")
    t.equal(published(site), published(clean), f"after {what}: the manifest's files")
    for path, text in FOREIGN.items():
        t.check(path in after and after[path][0] == text.encode(), f"after {what}: {path} was not kept")
    rewritten = 0
    for path, (data, inode, mtime) in after.items():
        if path in before and before[path][0] == data:
            t.check(before[path][1:] == (inode, mtime),
                    f"after {what}: {path} has the same bytes but was written again")
        else:
            rewritten += 1
    rewritten_total += rewritten
    if what == "nothing":
        t.equal(rewritten, 0, "files rewritten when nothing changed")
    print(f"check_incremental: {what}: {rewritten} of {len(after)} files rewritten")
    shutil.rmtree(clean)

t.finish(f"{len(changes)} changes, {rewritten_total} files rewritten in all")
