"""Sites built in English and Welsh (each project copied and built with
"languages": ["en", "cy"]), read as a reader of the Welsh pages would: every
text a Welsh page shows or reads out (text, aria-label, title, alt, placeholder
and the scripts' data-* words) that is also on the same English page must be
data, not interface text left in English. Data is every value of the project's
registers and settings, the downloads' file and column names and the
workbook's headings (the files are published once, in the first language), and
the names that stay as they are in every language. The filter is shown to flag
the English home page's interface text, so it is no blanket.
Usage: check_languages.py FUNDPRESS WORK PROJECT..."""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import openpyxl

from common import Failures

fundpress, work, projects = sys.argv[1], sys.argv[2], sys.argv[3:]
f = Failures("check_languages")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

READ_OUT = {"aria-label", "title", "alt", "placeholder", "data-label"}
NOT_WORDS = {"data-root", "data-page", "data-page-size", "data-filter", "data-pence", "data-kind"}


class Texts(HTMLParser):
    """The texts of a page a reader sees or hears, script and style left out,
    and code: an identifier or a pattern as the files spell it."""

    def __init__(self):
        super().__init__()
        self.texts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "code"):
            self.skip += 1
        for name, value in attrs:
            if value and (name in READ_OUT or (name.startswith("data-") and name not in NOT_WORDS)):
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "code"):
            self.skip -= 1

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.skip:
            self.texts.append(text)


def texts_of(path):
    parser = Texts()
    with open(path, encoding="utf-8") as page:
        parser.feed(page.read())
    return parser.texts


def words(text):
    return [w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)]


data = set()  # the words data may bring to a page, in any language


def add_values(value):
    if isinstance(value, dict):
        for item in value.values():
            add_values(item)
    elif isinstance(value, list):
        for item in value:
            add_values(item)
    elif isinstance(value, str):
        data.update(words(value))


def english_words(text):
    found = [w for w in words(text) if w not in data]
    # A value cut short ("Leicestershire" as "Le…") ends in a word that starts one of the data's.
    if found and text.endswith("\u2026") and words(text)[-1] == found[-1] and \
            any(d.startswith(found[-1]) for d in data):
        found.pop()
    return found


def check_site(project, site):
    """Compares each Welsh page of `site` with its English twin; returns how many."""
    data.clear()
    for folder, _, names in os.walk(project):  # registers, settings, prose pages, glossary
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith(".csv"):
                with open(path, encoding="utf-8", newline="") as source:
                    for row in csv.reader(source):
                        add_values(row)
            elif name.endswith(".json"):
                with open(path, encoding="utf-8") as config:
                    add_values(json.load(config))
            elif name.endswith(".md"):
                with open(path, encoding="utf-8") as prose:
                    add_values(prose.read())
            elif name.endswith(".xlsx"):
                for sheet in openpyxl.load_workbook(path, read_only=True).worksheets:
                    for row in sheet.iter_rows(values_only=True):
                        add_values([str(value) for value in row if value is not None])
    downloads = os.path.join(site, "downloads")
    with open(os.path.join(downloads, "awards.csv"), encoding="utf-8", newline="") as published:
        add_values(next(csv.reader(published)))  # the file's own column headings
    with open(os.path.join(downloads, "awards.json"), encoding="utf-8") as published:
        add_values(list(json.load(published)["awards"][0].keys()))
    for name in os.listdir(downloads):
        add_values(name)
        if name.endswith(".xlsx"):  # the workbook's headings, which the data dictionary names
            book = openpyxl.load_workbook(os.path.join(downloads, name), read_only=True)
            add_values([str(cell.value) for cell in next(book["Register"].iter_rows(max_row=1))])
    # Names that are the same in every language: formats, a standard, the licence, a sheet.
    add_values(["Markdown", "XLSX", "CSV", "JSON", "Register", "Open Government Licence v3.0",
                "360Giving", "GrantNav", "UTF-8", "RFC", "W3C", "OWASP", "ISO", "ONS", "KB", "MB"])

    pages = 0
    for folder, _, names in os.walk(os.path.join(site, "cy")):
        for name in names:
            if not name.endswith(".html"):
                continue
            welsh = os.path.join(folder, name)
            page = os.path.relpath(welsh, os.path.join(site, "cy"))
            english = os.path.join(site, page)
            if not f.check(os.path.exists(english), f"{page}: no English page beside the Welsh one"):
                continue
            pages += 1
            on_welsh = set(texts_of(welsh))
            for text in texts_of(english):
                if text in on_welsh:
                    left = english_words(text)
                    f.check(not left, f"{project}: cy/{page}: {text[:100]!r} is still in English "
                                      f"({', '.join(left[:5])})")
    # The filter flags interface text: the English home page has plenty.
    flagged = [t for t in texts_of(os.path.join(site, "index.html")) if english_words(t)]
    f.check(len(flagged) >= 10, f"{project}: the filter flags only {len(flagged)} texts "
                                "of the English home page")
    return pages


compared = 0
for number, source in enumerate(projects):
    project = os.path.join(work, f"project{number}")
    shutil.copytree(source, project, ignore=shutil.ignore_patterns("site", "_site"))
    config_path = os.path.join(project, "fundpress.json")
    with open(config_path, encoding="utf-8") as config:
        config_data = json.load(config)
    config_data["languages"] = ["en", "cy"]
    with open(config_path, "w", encoding="utf-8") as config:
        json.dump(config_data, config)
    site = os.path.join(work, f"site{number}")
    result = subprocess.run([fundpress, "build", project, "--out", site, "--quiet"],
                            capture_output=True, text=True)
    if not f.check(result.returncode == 0, f"{source}: build failed: {result.stderr[:500]}"):
        continue
    pages = check_site(project, site)
    f.check(pages >= 20, f"{source}: only {pages} Welsh pages compared")
    compared += pages

f.finish(f"{compared} Welsh pages of {len(projects)} sites compared with their English twins")
