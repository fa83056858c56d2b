"""Issue 13, items 5 and 6, as office IT meets them at the command line: a full disk is told
as a full disk, in the language asked, never a traceback; ``verify`` runs read-only on a
full disk and never calls an intact index damaged; a damaged index page gets verify's
report (which table, which page), exit 9."""

from __future__ import annotations

import json

from app.errors import ExitCode
from app.i18n import set_language, translate
from app.model.audit import AuditLog
from tests.faults.inject import Plan, faults

FULL = "The vault disk is full. Nothing was recorded; free some space and try again."


def _fill_disk_at_lock(monkeypatch, vault_dir):
    """The disk fills up while the command runs: the "lock" entry meets it."""
    real = AuditLog.record

    def record(self, action, *a, **k):
        if action != "lock":
            return real(self, action, *a, **k)
        with faults([vault_dir], Plan("ENOSPC", n=1, persistent=True), dbs=(self.db,)):
            return real(self, action, *a, **k)

    monkeypatch.setattr(AuditLog, "record", record)


def test_the_lock_audit_write_failing_is_one_clear_line_in_the_language_asked(
        cli, monkeypatch):
    for lang in ("en", "ru"):
        set_language("kk")          # the office's default; the command asks for another
        try:
            with monkeypatch.context() as patch:
                _fill_disk_at_lock(patch, cli.vault)
                code, out, err = cli("--lang", lang, "staff", "list")
        finally:
            set_language("en")
        assert code == ExitCode.DISK
        assert "Ахметов" in out                       # the command itself was done
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("dalel: ") and "Traceback" not in err
        assert translate("core", FULL, lang) in lines[0]
        assert "Қойма" not in err                      # not the default language's words
    assert cli("verify")[0] == 0                    # the vault opens and is intact


def test_verify_runs_on_a_full_disk_and_finds_the_intact_index_intact(cli):
    cli("status")                                     # lockout.json is made
    before = (cli.vault / "lockout.json").read_bytes()
    plan = Plan("ENOSPC", n=1, persistent=True)
    with faults([cli.vault], plan):
        code, out, err = cli("verify")
    assert plan.fired                                  # lockout.json and the audit refused
    assert code == ExitCode.OK, err
    assert "Vault intact" in out and "damaged" not in out + err
    assert "could not take this check's entries (unlock, verify)" in out
    assert (cli.vault / "lockout.json").read_bytes() == before
    with faults([cli.vault], Plan("ENOSPC", n=1, persistent=True)):
        code, _out, err = cli("staff", "list")     # a command that writes: a clear no
    assert code == ExitCode.DISK and err.strip() == f"dalel: {FULL}"
    # A disk that cannot even read the index: a disk error, never "damaged".
    every_read = Plan("EIO", n=1, persistent=True, only=lambda what: what.startswith("sql"))
    with faults([cli.vault], every_read):
        for command in ("status", "verify"):
            code, out, err = cli(command)
            assert code == ExitCode.DISK, (command, err)
            assert "read/write error" in err and "damaged" not in out + err




def test_a_damaged_index_page_gets_verifys_report_not_a_traceback(cli):
    index = cli.vault / "index.db"
    data = bytearray(index.read_bytes())
    data[4096 * 3 + 200] ^= 0xFF               # page 4: a table's page, not the header
    index.write_bytes(bytes(data))
    code, out, err = cli("verify")
    assert code == ExitCode.VERIFY_DAMAGE, err
    assert "VAULT DAMAGED OR ALTERED" in out and "Traceback" not in err
    assert "index page 4: page 4 fails its authentication (damaged or altered)" in out
    assert "index table " in out and "a page of it is damaged or was altered" in out
    assert "read-only" not in out + err
    code, out, _err = cli("verify", "--json")
    problems = json.loads(out)["problems"]
    assert code == ExitCode.VERIFY_DAMAGE
    assert {"where": "index", "ref": "page 4",
            "reason": "page 4 fails its authentication (damaged or altered)"} in problems
