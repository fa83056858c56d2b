"""A released package (R10) is checked on a copy with no vault and no password: every hash,
the signature over the manifest, SHA256SUMS, the list of files; each change is caught."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from app import package_check, release
from app.package_check import check_package, fingerprint, public_pem, public_raw
from tests.release.conftest import footage_ids

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def package(head, tmp_path) -> Path:
    """A package made by the head and copied elsewhere: the copy is what gets checked."""
    (tmp_path / "out").mkdir()
    out = release.release(head, release.ReleaseRequest(footage_ids(head), "IN-1",
                                                       "Әкімшілік іс №12", tmp_path / "out"))
    copy = tmp_path / "elsewhere" / out.folder.name
    shutil.copytree(out.folder, copy)
    return copy


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs coreutils")
def test_a_copy_verifies_with_no_vault_and_with_sha256sum(package):
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": OK") == 5            # four recordings and manifest.pdf
    # The standalone checker, in a fresh interpreter that never loads the vault's code.
    probe = ("import sys; from app.package_check import main; code = main(sys.argv[1:]); "
             "assert not {'app.model.vault', 'app.model.db', 'sqlcipher3'} & set(sys.modules)"
             ", 'vault code loaded'; sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, str(package)], cwd=ROOT,
                          capture_output=True, text=True,
                          env={**os.environ, "DALEL_LANG": "en"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Package intact: release 1" in done.stdout
    assert "To: Ерлан Сейітов (IN-1). Purpose: Әкімшілік іс №12" in done.stdout
    assert "with the permission of the head Әйгерім Омарова (HD-1)" in done.stdout


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
def test_the_signature_verifies_without_dalel_at_all(package, tmp_path):
    (tmp_path / "sig").write_bytes(base64.b64decode((package / "SIGNATURE").read_bytes()))
    done = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                           "public_key.pem", "-rawin", "-in", "manifest.json", "-sigfile",
                           str(tmp_path / "sig")], cwd=package, capture_output=True, text=True)
    assert done.returncode == 0 and "Verified Successfully" in done.stdout, done.stderr


def _edit_manifest(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / "manifest.json"
    m = json.loads(path.read_text(encoding="utf-8"))
    change(m)
    path.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _resign(folder: Path) -> str:
    """A forger's whole new signature: another key, the manifest naming it."""
    key = Ed25519PrivateKey.generate()
    pub = key.public_key()
    _edit_manifest(folder, lambda m: m["signing_key"].update(
        public_key=public_raw(pub).hex(), fingerprint=fingerprint(public_raw(pub))))
    (folder / "public_key.pem").write_bytes(public_pem(pub))
    (folder / "SIGNATURE").write_bytes(
        base64.b64encode(key.sign((folder / "manifest.json").read_bytes())))
    return fingerprint(public_raw(pub))


def _flip_byte(folder: Path) -> None:
    path = folder / "recordings" / "VID_0001.MP4"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _link_in_place(folder: Path) -> None:
    path = folder / "recordings" / "VID_0001.MP4"
    genuine = folder.parent / f"{folder.name}-genuine.mp4"
    path.rename(genuine)
    path.symlink_to(genuine)


CASES = {
    "a byte of a recording": (_flip_byte, "recordings/VID_0001.MP4: its content differs"),
    "a manifest field": (lambda f: _edit_manifest(f, lambda m: m.update(purpose="жеке")),
                         "The signature does not match manifest.json"),
    "a damaged signature": (lambda f: (f / "SIGNATURE").write_bytes(
        base64.b64encode(b"\x01" * 64)), "The signature does not match manifest.json"),
    "an extra file": (lambda f: (f / "recordings" / "extra.mp4").write_bytes(b"x"),
                      "recordings/extra.mp4: not in the manifest"),
    "a missing file": (lambda f: (f / "recordings" / "passwd").unlink(),
                       "recordings/passwd: the file is missing"),
    "a missing manifest.pdf": (lambda f: (f / "manifest.pdf").unlink(),
                               "manifest.pdf: the file is missing"),
    "a line of SHA256SUMS": (lambda f: (f / "SHA256SUMS").write_text(
        (f / "SHA256SUMS").read_text().replace("recordings/passwd", "recordings/other")),
        "SHA256SUMS and the manifest disagree about recordings/passwd"),
    "a manifest of the wrong shape": (lambda f: _edit_manifest(f, lambda m: m.update(
        files="x", documents=5, checkpoint=[], signing_key="k", timezone="../../etc")),
        "The signature does not match manifest.json"),
    # The examiner's findings: the JSON parser's English in the reason, and a link in a
    # recording's place reported as two contradicting faults.
    "a manifest that is not JSON": (lambda f: (f / "manifest.json").write_text("{\n"),
                                    "manifest.json is not readable: it is not readable JSON "
                                    "(line 2)"),
    "a link in a recording's place": (_link_in_place, "recordings/VID_0001.MP4: a link in "
                                      "the file's place"),
    "a whole new signature by another key": (
        _resign, "The journal checkpoint in the manifest is not one this vault's key signed"),
}


def test_each_change_is_caught(package, head, tmp_path):
    assert check_package(package).ok

    def swap_signature(folder: Path) -> None:
        """The office key's genuine signature, but of another manifest (another release)."""
        other = (folder / "manifest.json").read_bytes().replace(b'"release_id": 1',
                                                                b'"release_id": 2')
        (folder / "SIGNATURE").write_bytes(base64.b64encode(head.signing_key().sign(other)))

    CASES["a swapped signature"] = (swap_signature, "The signature does not match")
    for what, (change, expected) in CASES.items():
        copy = tmp_path / "cases" / what.replace(" ", "-")
        shutil.copytree(package, copy)
        change(copy)
        report = check_package(copy)
        texts = [p.localized("en") for p in report.problems]
        assert not report.ok, what
        assert any(expected in t for t in texts), (what, texts)
        assert not any("Expecting" in t for t in texts), texts
        if what == "a link in a recording's place":
            assert not any("missing" in t or "extra file" in t for t in texts), texts
    # Another key is also told from the office's own fingerprint, when it is given.
    office = check_package(package).fingerprint
    copy = tmp_path / "resigned"
    shutil.copytree(package, copy)
    forged = _resign(copy)
    assert forged != office
    texts = [p.localized("en") for p in check_package(copy, expected_key=office).problems]
    assert any(f"signed with the key {forged}, not with the office's key" in t for t in texts)
    assert check_package(package, expected_key=office.lower().replace(" ", "")).ok


def test_manifest_pdf_is_in_both_languages_with_a_qr_code(package, tmp_path):
    m = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(package / "manifest.pdf")).pages)
    for needle in ("Берілген фото және бейнежазбалар көшірмесінің тізімдемесі",   # Kazakh
                   "Опись выданной копии фото- и видеозаписей",                  # Russian
                   "Рұқсат берген басшы", "Разрешил руководитель", "Ерлан Сейітов (IN-1)",
                   "Әкімшілік іс №12", m["signing_key"]["fingerprint"], "23.11.2026 17:25",
                   "VID_0001-2.MP4", "Алған / Получил"):
        assert needle in text, needle
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("needs poppler-utils and zbar-tools to read the QR code")
    # Only the top right corner, where the code is, is rendered (a whole page: 7 x the CPU).
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-x", "850", "-y", "0",
                    "-W", "390", "-H", "380", "-png",
                    str(package / "manifest.pdf"), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("p*.png")))],
                             capture_output=True, text=True).stdout.strip()
    assert scanned == package_check.qr_payload(m)
