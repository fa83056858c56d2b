"""The command line run in-process on a vault made by ``dalel init``, as office IT runs it."""

from __future__ import annotations

import pytest

from app.cli.main import main
from tests.conftest import HEAD_PW, OFFICER_PW


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    vault_dir = tmp_path / "vault"
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    monkeypatch.setenv("DALEL_HEAD_PASSWORD", HEAD_PW)
    monkeypatch.setenv("DALEL_LANG", "en")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--vault", str(vault_dir), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, _, err = run("init", "--officer-surname", "Ахметов", "--officer-name", "Серік",
                       "--officer-number", "OF-1", "--head-surname", "Омарова",
                       "--head-name", "Әйгерім", "--head-number", "HD-1",
                       "--unit", "Алматы облысы", "--kdf-seconds", "0")
    assert code == 0, err
    run.vault = vault_dir  # type: ignore[attr-defined]
    return run
