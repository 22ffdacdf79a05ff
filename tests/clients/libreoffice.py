"""LibreOffice as a real client: open workbooks headless with every formula
recalculated, and save them back so their recomputed values can be read.

LibreOffice trusts a workbook's cached results unless its profile says
otherwise, so each run uses a throwaway profile that sets OOXMLRecalcMode to
0 ("always recalculate")."""

import os
import shutil
import subprocess
import tempfile

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice():
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError("LibreOffice (soffice) is not installed; run scripts/install-deps.sh test")


def recalculate(workbooks, out_dir):
    """Opens each workbook in LibreOffice with recalculation forced on and
    saves it as XLSX into out_dir. Returns the saved paths, in order. One
    LibreOffice start converts them all: it is slow to start."""
    return convert(workbooks, out_dir, "xlsx:Calc MS Excel 2007 XML", ".xlsx")


def print_to_pdf(workbooks, out_dir):
    """Prints each workbook to PDF as LibreOffice would on paper, with the
    workbook's own page setup. Returns the PDFs' paths, in order."""
    return convert(workbooks, out_dir, "pdf", ".pdf")


def convert(workbooks, out_dir, target, extension):
    os.makedirs(out_dir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="fundpress-lo-profile-")
    try:
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(PROFILE)
        command = [soffice(), "-env:UserInstallation=file://" + profile, "--headless",
                   "--norestore", "--convert-to", target,
                   "--outdir", out_dir] + list(workbooks)
        result = subprocess.run(command, capture_output=True, text=True, timeout=600,
                                env=dict(os.environ, HOME=profile))
        saved = [os.path.join(out_dir, os.path.splitext(os.path.basename(w))[0] + extension) for w in workbooks]
        missing = [s for s in saved if not os.path.exists(s)]
        if result.returncode != 0 or missing:
            raise RuntimeError("LibreOffice failed (%d): %s %s; missing %s" %
                               (result.returncode, result.stdout, result.stderr, missing))
        return saved
    finally:
        shutil.rmtree(profile, ignore_errors=True)
