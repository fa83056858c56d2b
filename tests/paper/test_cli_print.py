"""``dalel print ...`` end to end on a real vault (R7)."""

from __future__ import annotations

import json

from app.cli.main import main
from app.errors import ExitCode
from app.paper import demo
from tests.conftest import OFFICER_PW


def test_cli_print_close_reprint_verify(session, clock, vault_dir, tmp_path, monkeypatch,
                                        capsys):
    demo.demo_journal(session, clock, days=2)
    session.lock()
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    base = ["--vault", str(vault_dir)]
    out = tmp_path / "v.pdf"
    assert main(["print", "pages", str(out), "--json", *base]) == 0
    result = json.loads(capsys.readouterr().out)
    assert out.exists() and result["volume"] == 1 and result["pages"][0] == 1
    code = result["codes"][0]
    assert main(["print", "verify-page", code, "--page", "1", *base]) == 0
    assert "TRUE PAGE" in capsys.readouterr().out
    assert main(["print", "verify-page", code, "--page", "2", *base]) == ExitCode.PAGE_REJECTED
    assert "REJECTED" in capsys.readouterr().out
    assert main(["print", "reprint", str(tmp_path / "d.pdf"), "--volume", "1", "--pages", "1",
                 *base]) == 0
    assert "reprint" in capsys.readouterr().out
    assert main(["print", "close", str(tmp_path / "c.pdf"), "--json", *base]) == 0
    closing = json.loads(capsys.readouterr().out)
    assert closing["kind"] == "closing" and closing["pages"] == [len(result["pages"]) + 1]
    assert main(["print", "volumes", "--json", *base]) == 0
    vols = json.loads(capsys.readouterr().out)
    assert vols["volumes"][0]["closed"] is True
    assert main(["print", "pages", str(tmp_path / "x.pdf"), *base]) != 0   # nothing new
    assert main(["print", "blank", str(tmp_path / "b.pdf"), "--pages", "3", "--agency", "fire",
                 "--unit-name", "Бөлімше"]) == 0
    assert main(["print", "reprint", str(tmp_path / "e.pdf"), "--volume", "1", "--pages", "x",
                 *base]) != 0


def test_print_verdict_speaks_kazakh(session, clock, vault_dir, tmp_path, monkeypatch, capsys):
    """R22: the page check answers in the user's language, like every other command."""
    demo.demo_journal(session, clock, days=1)
    session.lock()
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    base = ["--vault", str(vault_dir), "--lang", "kk"]
    assert main(["print", "pages", str(tmp_path / "v.pdf"), "--json", *base]) == 0
    code = json.loads(capsys.readouterr().out)["codes"][0]
    assert main(["print", "verify-page", code, "--page", "2", *base]) == ExitCode.PAGE_REJECTED
    out = capsys.readouterr().out
    assert "REJECTED" not in out and out.strip()
