"""A folder of recordings named by the person is checked before anything starts (a missing
one is bad input, never "the camera was pulled out"), and every stage the ingest reports
has a word the person's language can give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.errors import ExitCode, InvalidInput
from app.ingest.job import IngestJob
from app.ingest.report import STAGE_WORDS, stage_text
from app.ingest.source import check_folder

INGEST = Path(__file__).resolve().parents[2] / "app" / "ingest"


@pytest.mark.parametrize("name", ["missing", "", "  ", "file"])
def test_a_folder_that_is_not_there_is_refused_before_the_job(stocked, tmp_path, name):
    (tmp_path / "file").write_text("x")
    folder = str(tmp_path / name) if name in ("missing", "file") else name
    with pytest.raises(InvalidInput) as err:
        IngestJob.from_folder(stocked, folder, camera="BK-001")
    assert err.value.exit_code == ExitCode.BAD_INPUT
    assert any(words in str(err.value) for words in
               ("There is no folder", "No folder was given", "is not a folder"))
    assert stocked.footage.count() == 0


def test_a_folder_that_is_there_is_taken(tmp_path):
    assert check_folder(str(tmp_path)) == tmp_path


def test_every_stage_the_ingest_reports_has_a_word():
    used = set()
    for module in INGEST.glob("*.py"):
        used |= set(re.findall(r"progress\(\s*\"(\w+)\"", module.read_text("utf-8")))
        for a, b in re.findall(r"progress\(\s*\"(\w+)\" if [^\n]*? else \"(\w+)\"",
                               module.read_text("utf-8")):
            used |= {a, b}
    assert {"copying", "verifying", "committing", "wiping", "done", "aborted"} <= used
    assert used <= set(STAGE_WORDS)
    assert stage_text("copying", "en") == "copying"
    assert stage_text("aborted", "en") == "stopped"
    assert stage_text("unheard-of", "ru") == "unheard-of"
