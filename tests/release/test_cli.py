"""``dalel --role head release`` and ``dalel verify-package`` as office IT runs them (R10)."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli.main import main
from app.errors import ExitCode
from tests.conftest import HEAD_PW, OFFICER_PW
from tests.release.conftest import footage_ids


def test_release_and_verify_package_on_the_command_line(footage, tmp_path, monkeypatch,
                                                        capsys):
    vault_dir, ids = footage.path, [str(i) for i in footage_ids(footage)]
    footage.lock()
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    monkeypatch.setenv("DALEL_HEAD_PASSWORD", HEAD_PW)
    stick = tmp_path / "stick"
    stick.mkdir()

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--vault", str(vault_dir), "--lang", "en", *map(str, args)])
        out = capsys.readouterr()
        return code, out.out, out.err

    release = ("release", *ids, "--to", stick, "--recipient", "IN-1", "--purpose", "іс №3")
    code, _, err = run(*release)                       # the officer's own password: refused
    assert code == ExitCode.REFUSED_BY_RULE and "Only the head can permit" in err
    assert list(stick.iterdir()) == []
    code, out, err = run("--role", "head", *release, "--json")
    assert code == ExitCode.OK, err
    made = json.loads(out)
    folder = Path(made["folder"])
    assert made["files"] == 4 and folder.parent == stick

    code, out, _ = run("verify-package", folder)
    assert code == ExitCode.OK and "Package intact: release 1" in out
    code, out, _ = run("--role", "head", "status", "--json")
    office = json.loads(out)["signing_key_fingerprint"]
    assert office == made["fingerprint"]
    assert run("verify-package", folder, "--key", office)[0] == ExitCode.OK
    assert run("verify-package", folder, "--key", "0000 " * 8)[0] == ExitCode.VERIFY_DAMAGE

    (folder / "recordings" / "passwd").write_bytes(b"changed")
    code, out, _ = run("verify-package", folder, "--json")
    assert code == ExitCode.VERIFY_DAMAGE
    assert json.loads(out)["problems"] == [
        "recordings/passwd: its size is 7 bytes, the manifest says 16."]
    code, _, err = run("verify-package", tmp_path)      # a folder, but no package
    assert code == ExitCode.BAD_INPUT and "not a released package" in err
    assert run("verify-package", tmp_path / "nowhere")[0] == ExitCode.BAD_INPUT
