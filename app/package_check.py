"""Check a released package (R10) on any machine: no vault, no password, no Qt.

A package is a folder the head's release wrote (``app/release``)::

    recordings/…      the decrypted files, under their card names
    manifest.pdf      the same facts on paper, Kazakh and Russian, with a QR code
    manifest.json     every file's SHA-256 and size, who released what to whom, why and
                      when, the signed journal/audit checkpoint and the signing key
    SIGNATURE         Ed25519 signature over the exact bytes of manifest.json (base64)
    public_key.pem    the vault's signing key (public half); its fingerprint is in the
                      manifest, on the paper and in ``dalel status``
    SHA256SUMS        the same hashes for ``sha256sum -c SHA256SUMS``

``check_package`` proves the files are those the manifest names, the manifest is the one
the key signed, and nothing was added or taken away. Whether the key is the office's is a
comparison only a person can make: the fingerprint is printed for that, and ``--key FP``
makes the comparison part of the check.

Run alone: ``python -m app.package_check DIR [--key FP] [--json]``; the command line's
``dalel verify-package`` is the same check.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from app.clock import from_iso
from app.errors import ExitCode, InvalidInput
from app.fsutil import os_reason
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, Phrase, decimal_text, translate, translate_n
from app.model.journal import Checkpoint

FORMAT = "dalel-release/1"
MANIFEST = "manifest.json"
SIGNATURE = "SIGNATURE"
PUBLIC_KEY = "public_key.pem"
SUMS = "SHA256SUMS"
PDF = "manifest.pdf"
RECORDINGS = "recordings"
# The files every package has besides those the manifest lists.
FIXED = (MANIFEST, SIGNATURE, PUBLIC_KEY, SUMS)
CHUNK = 1 << 20


class NotAPackage(InvalidInput):
    """The folder holds none of a package's files (exit 2, bad input; not damage)."""


# -- the format, shared with the writer ------------------------------------------------------
def fingerprint(public_raw: bytes) -> str:
    """What a person compares: the first 128 bits of SHA-256 of the raw 32-byte key, in
    eight groups of four hex digits (read aloud over the phone if need be)."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def normal_fingerprint(text: str) -> str:
    return re.sub(r"[^0-9A-F]", "", text.upper())


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def files_digest(files: Iterable[dict[str, Any]]) -> str:
    """One SHA-256 over the list of (file, size, sha256): printed on the paper and in its QR
    code, so a sheet can be matched with a folder without reading 64 digits per file."""
    lines = "".join(f"{f['file']}\t{f['size']}\t{f['sha256']}\n" for f in files)
    return hashlib.sha256(lines.encode()).hexdigest()


def sums_text(entries: Iterable[tuple[str, str]]) -> str:
    """``sha256sum``'s own format: hash, two spaces, the relative path."""
    return "".join(f"{sha}  {name}\n" for name, sha in entries)


def qr_payload(manifest: dict[str, Any]) -> str:
    return ";".join(("DALEL-RELEASE/1", str(manifest["vault_id"]), str(manifest["release_id"]),
                     str(len(manifest["files"])), manifest["files_digest"],
                     normal_fingerprint(manifest["signing_key"]["fingerprint"])))


def local_text(iso: str | None, tz_name: str | None) -> str:
    """A stored UTC time as the office reads it (day.month.year hours:minutes:seconds in the
    office's time zone, named in the manifest)."""
    if not iso or not isinstance(iso, str):
        return ""
    try:
        when = from_iso(iso)
        if tz_name:
            when = when.astimezone(ZoneInfo(str(tz_name)))
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return iso
    return when.strftime("%d.%m.%Y %H:%M:%S")


def safe_relative(name: str) -> bool:
    """A path inside the package: relative, forward slashes, no ``..``, no empty part."""
    if not name or "\\" in name or "\0" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    return all(p not in ("", ".", "..") for p in parts) and "/".join(parts) == name


# -- the report -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    text: str                      # English source, translated at display
    params: dict[str, Any] = field(default_factory=dict)

    def localized(self, lang: str | None = None) -> str:
        if "%n" in self.text and "n" in self.params:   # a count: its plural form
            text = translate_n("core", self.text, int(self.params["n"]), lang)
        else:
            text = translate("core", self.text, lang)
        return text.format(**self.params)


@dataclass
class PackageReport:
    folder: Path
    problems: list[Problem] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    signature_ok: bool = False
    fingerprint: str | None = None
    files_checked: int = 0
    bytes_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and self.signature_ok

    def add(self, text: str, **params: Any) -> None:
        self.problems.append(Problem(text, params))

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "folder": str(self.folder),
                "problems": [p.localized() for p in self.problems],
                "signature_ok": self.signature_ok, "fingerprint": self.fingerprint,
                "files_checked": self.files_checked, "bytes_checked": self.bytes_checked,
                "manifest": self.manifest if self.signature_ok else None}


# -- the check --------------------------------------------------------------------------------
def _sha256_of(path: Path) -> tuple[str, int]:
    sha = hashlib.sha256()
    n = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
            n += len(chunk)
    return sha.hexdigest(), n


def _entries(manifest: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """A list of objects from the manifest; anything else there counts as no entries (a
    hostile manifest must not crash the check)."""
    value = manifest.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _listed(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Every file the manifest vouches for: the recordings, then the printable copy."""
    return _entries(manifest, "files") + _entries(manifest, "documents")


def _present(folder: Path) -> tuple[set[str], list[str]]:
    """Relative names of the regular files under ``folder``, and of anything else there
    (links, devices, folders other than ``recordings``): both are for the extra-file test."""
    files: set[str] = set()
    odd: list[str] = []
    for dirpath, dirs, names in os.walk(folder, followlinks=False):
        rel_dir = Path(dirpath).relative_to(folder)
        for d in list(dirs):
            rel = (rel_dir / d).as_posix()
            if rel != RECORDINGS or os.path.islink(Path(dirpath) / d):
                odd.append(rel)
                dirs.remove(d)
        for n in names:
            rel = (rel_dir / n).as_posix()
            full = Path(dirpath) / n
            if full.is_symlink() or not full.is_file():
                odd.append(rel)
            else:
                files.add(rel)
    return files, odd


def _load_manifest(folder: Path, report: PackageReport) -> bytes | None:
    path = folder / MANIFEST
    if not folder.is_dir():
        raise NotAPackage(QT_TRANSLATE_NOOP("core", "{path} is not a folder."), path=str(folder))
    if not path.is_file():
        if not any((folder / n).exists() for n in (SIGNATURE, PUBLIC_KEY, SUMS, PDF)):
            raise NotAPackage(QT_TRANSLATE_NOOP(
                "core", "{path} is not a released package: it has no manifest.json."),
                path=str(folder))
        report.add(QT_TRANSLATE_NOOP("core", "{file}: the file is missing."), file=MANIFEST)
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.add(QT_TRANSLATE_NOOP("core", "{file}: cannot be read ({reason})."),
                   file=MANIFEST, reason=os_reason(exc))
        return None
    reason: str | None = None
    try:
        manifest = json.loads(data.decode("utf-8"))
        if not isinstance(manifest, dict):
            reason = Phrase(QT_TRANSLATE_NOOP("core", "it is not a JSON object"))
    except UnicodeDecodeError:
        reason = Phrase(QT_TRANSLATE_NOOP("core", "it is not text"))
    except ValueError as exc:           # JSONDecodeError; the parser's words stay out
        reason = Phrase(QT_TRANSLATE_NOOP("core", "it is not readable JSON (line {line})"),
                        line=getattr(exc, "lineno", None) or "?")
    if reason is not None:
        report.add(QT_TRANSLATE_NOOP("core", "manifest.json is not readable: {reason}."),
                   reason=reason)
        return data
    if manifest.get("format") != FORMAT:
        report.add(QT_TRANSLATE_NOOP(
            "core", "manifest.json is of an unknown format {found} (this program reads "
                    "{format})."), found=str(manifest.get("format")), format=FORMAT)
    report.manifest = manifest
    return data


def _check_signature(folder: Path, data: bytes, report: PackageReport,
                     expected_key: str | None) -> Ed25519PublicKey | None:
    try:
        key = load_pem_public_key((folder / PUBLIC_KEY).read_bytes())
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not Ed25519")
    except (OSError, ValueError):
        report.add(QT_TRANSLATE_NOOP(
            "core", "{file} is missing or is not an Ed25519 public key."), file=PUBLIC_KEY)
        return None
    report.fingerprint = fingerprint(public_raw(key))
    try:
        signature = base64.b64decode((folder / SIGNATURE).read_bytes().strip(), validate=True)
    except (OSError, binascii.Error):
        signature = b""
    try:
        key.verify(signature, data)
        report.signature_ok = True
    except InvalidSignature:
        report.add(QT_TRANSLATE_NOOP(
            "core", "The signature does not match manifest.json: the manifest was changed "
                    "or signed with another key."))
    named = (report.manifest or {}).get("signing_key", {})
    if not isinstance(named, dict) or named.get("public_key") != public_raw(key).hex() \
            or named.get("fingerprint") != report.fingerprint:
        report.add(QT_TRANSLATE_NOOP(
            "core", "{file} is not the key the manifest names."), file=PUBLIC_KEY)
    if expected_key is not None and \
            normal_fingerprint(expected_key) != normal_fingerprint(report.fingerprint):
        report.add(QT_TRANSLATE_NOOP(
            "core", "The package is signed with the key {found}, not with the office's key "
                    "{expected}."), found=report.fingerprint, expected=expected_key)
    return key


def _check_checkpoint(manifest: dict[str, Any], key: Ed25519PublicKey,
                      report: PackageReport) -> None:
    """The journal/audit checkpoint is signed with the same key and names the same vault:
    a package cannot carry another vault's or a forged checkpoint unnoticed."""
    try:
        cp = Checkpoint.decode(manifest["checkpoint"]["code"])
        key.verify(bytes.fromhex(cp.signature), cp.message())
        fields = manifest["checkpoint"]
        same = (cp.vault_id == manifest.get("vault_id") and cp.size == fields["journal_entries"]
                and cp.head == fields["journal_head"] and cp.audit_size == fields["audit_entries"]
                and cp.audit_head == fields["audit_head"])
    except (KeyError, TypeError, ValueError, InvalidSignature, binascii.Error):
        same = False
    if not same:
        report.add(QT_TRANSLATE_NOOP(
            "core", "The journal checkpoint in the manifest is not one this vault's key "
                    "signed."))


def _check_files(folder: Path, manifest: dict[str, Any], report: PackageReport) -> None:
    listed = _listed(manifest)
    names: set[str] = set()
    linked: set[str] = set()
    for item in listed:
        name = item.get("file")
        if not isinstance(name, str) or not safe_relative(name) or name in FIXED:
            report.add(QT_TRANSLATE_NOOP("core", "The manifest names an unsafe path: {file}."),
                       file=str(name))
            continue
        names.add(name)
        path = folder / name
        if path.is_symlink():
            # One fault, not two ("missing" and "extra"): a package holds files, never links.
            report.add(QT_TRANSLATE_NOOP(
                "core", "{file}: a link in the file's place, not the file itself."), file=name)
            linked.add(name)
            continue
        if not path.is_file():
            report.add(QT_TRANSLATE_NOOP("core", "{file}: the file is missing."), file=name)
            continue
        try:
            sha, size = _sha256_of(path)
        except OSError as exc:
            report.add(QT_TRANSLATE_NOOP("core", "{file}: cannot be read ({reason})."),
                       file=name, reason=os_reason(exc))
            continue
        report.files_checked += 1
        report.bytes_checked += size
        if size != item.get("size"):
            report.add(NUMERUS.translate(
                # English keeps its one form: what --json has always said
                "core", "{file}: its size is %n bytes, the manifest says {expected}.",
                None, 0), file=name, n=size, expected=item.get("size"))
        elif sha != item.get("sha256"):
            report.add(QT_TRANSLATE_NOOP(
                "core", "{file}: its content differs from the manifest (SHA-256)."), file=name)
    files = _entries(manifest, "files")
    try:
        if files_digest(files) != manifest.get("files_digest"):
            report.add(QT_TRANSLATE_NOOP(
                "core", "The manifest's files digest does not match its list of files."))
    except KeyError:
        pass  # an entry without file/size/sha256 is reported above as an unsafe path
    present, odd = _present(folder)
    for name in sorted(((present - names - set(FIXED)) | set(odd)) - linked):
        report.add(QT_TRANSLATE_NOOP(
            "core", "{file}: not in the manifest (an extra file)."), file=name)


def _check_sums(folder: Path, manifest: dict[str, Any], report: PackageReport) -> None:
    try:
        text = (folder / SUMS).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        report.add(QT_TRANSLATE_NOOP("core", "{file}: the file is missing."), file=SUMS)
        return
    # The manifest is the sender's text: its names may be anything JSON holds (None, a
    # number), compared with the names read off SHA256SUMS as values, never trusted as text.
    listed: dict[object, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if m is None:
            report.add(QT_TRANSLATE_NOOP("core", "SHA256SUMS line {n} is not readable."), n=n)
            continue
        listed[m.group(2)] = m.group(1)
    expected: dict[object, object] = {i.get("file"): i.get("sha256") for i in _listed(manifest)}
    for name in sorted(set(listed) | set(expected), key=str):
        if listed.get(name) != expected.get(name):
            report.add(QT_TRANSLATE_NOOP(
                "core", "SHA256SUMS and the manifest disagree about {file}."), file=str(name))


def check_package(folder: Path, expected_key: str | None = None) -> PackageReport:
    """Everything a recipient can check without the vault; raises NotAPackage for a folder
    that holds no package at all."""
    folder = Path(folder)
    report = PackageReport(folder)
    data = _load_manifest(folder, report)
    if data is None or report.manifest is None:
        return report
    key = _check_signature(folder, data, report, expected_key)
    if key is not None:
        _check_checkpoint(report.manifest, key, report)
    _check_files(folder, report.manifest, report)
    _check_sums(folder, report.manifest, report)
    return report


# -- saying it --------------------------------------------------------------------------------
def _tr(text: str, **params: Any) -> str:
    return translate("core", text).format(**params)


def _person(p: Any) -> str:
    if not isinstance(p, dict):
        return "?"
    return f"{p.get('name', '?')} ({p.get('personnel_no', '?')})"


def describe(report: PackageReport) -> str:
    if not report.ok:
        text = translate_n("core", NUMERUS.translate(
            "core", "PACKAGE DAMAGED OR ALTERED — %n problem(s):", None, 0),
            len(report.problems) or 1)
        text += "".join(f"\n  {p.localized()}" for p in report.problems)
        if report.fingerprint:
            text += "\n" + _tr(QT_TRANSLATE_NOOP("core", "Signing key fingerprint: {fp}"),
                               fp=report.fingerprint)
        return text
    m = report.manifest or {}
    lines = [
        translate_n("core", NUMERUS.translate(
            "core", "Package intact: release {id} from vault {vault}, %n file(s), {mb} MB; "
                    "every hash, the signature and the file list check out.", None, 0),
            len(_entries(m, "files"))).format(
            id=m.get("release_id"), vault=str(m.get("vault_id"))[:12],
            mb=decimal_text(report.bytes_checked / 1e6)),
        _tr(QT_TRANSLATE_NOOP("core", "Released on {at} by {by}, with the permission of the "
                                      "head {head} (R10)."),
            at=f"{local_text(m.get('released_at'), m.get('timezone'))} ({m.get('timezone')})",
            by=_person(m.get("released_by")), head=_person(m.get("permitted_by"))),
        _tr(QT_TRANSLATE_NOOP("core", "To: {to}. Purpose: {purpose}"),
            to=_person(m.get("recipient")), purpose=m.get("purpose", "")),
        _tr(QT_TRANSLATE_NOOP("core", "Signing key fingerprint: {fp}"), fp=report.fingerprint),
        _tr(QT_TRANSLATE_NOOP("core", "Compare it with the office's (shown by `dalel status` "
                                      "and on the paper manifest).")),
    ]
    for f in _entries(m, "files"):
        lines.append(f"  {f.get('file')}  {f.get('camera') or '-'}  "
                     f"{local_text(f.get('recorded_from'), m.get('timezone'))}  "
                     f"{f.get('size')}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.package_check",
                                     description="Check a Dalel release package (R10).")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--key", metavar="FINGERPRINT")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        report = check_package(args.folder, args.key)
    except NotAPackage as exc:
        print(f"dalel: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(describe(report))
    return ExitCode.OK if report.ok else ExitCode.VERIFY_DAMAGE


if __name__ == "__main__":
    raise SystemExit(main())
