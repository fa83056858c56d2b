"""Where a print goes: its PDF (written atomically, and for numbered pages named only once
they are registered), its audit entry, and the ``PrintResult`` every print returns."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import DalelError, InvalidInput, NotFound, StorageError
from app.fsutil import atomic_write, fsync_dir, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.paper.layout import Office

if TYPE_CHECKING:
    from app.model.vault import VaultSession

# Writes the PDF inside a print's transaction; returns the path it will have.
PdfWriter = Callable[[str | Path, bytes], Path]


@dataclass
class PrintResult:
    path: str
    kind: str                      # "pages", "closing", "reprint", "extract", "blank"
    volume: int | None = None
    pages: list[int] = field(default_factory=list)   # journal page numbers printed
    pdf_pages: int = 0             # sheets in the PDF (covers included)
    rows: int = 0
    first_row: int | None = None
    last_row: int | None = None
    covers: bool = False
    duplicate: bool = False
    codes: list[str] = field(default_factory=list)
    open_rows: list[int] = field(default_factory=list)   # printed as at issue, 5–8 for ink
    waiting: list[dict[str, Any]] = field(default_factory=list)   # rows left, with why

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def office_of(session: VaultSession) -> Office:
    """The office as the settings name it, for the covers and the closing page."""
    s = session.settings
    reg = session.registers

    def name(key: str) -> str:
        sid = int(s.get(key) or 0)
        if not sid:
            return ""
        try:
            return str(reg.staff(sid).full_name)
        except NotFound:
            return ""

    return Office(str(s.get("agency")), str(s.get("unit_name")), name("officer_id"),
                  name("head_id"))


def _out_path(out_path: str | Path) -> Path:
    path = Path(out_path)
    if not path.parent.exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The folder {path} does not exist."),
                           path=str(path.parent))
    return path


def write_pdf(out_path: str | Path, data: bytes) -> Path:
    """A PDF that registers nothing (a blank book without a vault), written atomically."""
    path = _out_path(out_path)
    atomic_write(path, data, mode=0o600)
    return path


class PdfNotWritten(StorageError):
    """The print committed (its pages are registered) but the disk refused the PDF."""

    def __init__(self, cause: DalelError) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "The pages were registered in the vault, but the disk refused their PDF: "
                    "{reason} Print them again as a reprint (the same page numbers and "
                    "codes)."), reason=cause.localized())


@contextlib.contextmanager
def recorded_print(session: VaultSession) -> Iterator[tuple[Any, PdfWriter]]:
    """The print's transaction and the function that writes its PDF inside it. The PDF is
    written under a hidden name first and takes its own name only once the transaction
    has committed (issue 13): a page on paper whose code the vault never registered could
    never be verified, so no such PDF is ever left under the name asked for."""
    staged: list[tuple[Path, Path]] = []

    def write(out_path: str | Path, data: bytes) -> Path:
        final = _out_path(out_path)
        hidden = final.with_name(f".{final.name}.unregistered")
        staged.append((hidden, final))
        atomic_write(hidden, data, mode=0o600)
        return final

    try:
        with session.db.write() as con:
            yield con, write
    except BaseException:
        for hidden, _final in staged:
            with contextlib.suppress(OSError):
                hidden.unlink()
        raise
    for hidden, final in staged:
        try:
            os.replace(hidden, final)
            fsync_dir(final.parent)
        except OSError as exc:
            raise PdfNotWritten(storage_error(exc, final)) from exc


def audit_print(session: VaultSession, con: Any, action: str, detail: dict[str, Any]) -> None:
    """The audit entry of a print ("print", "reprint"), in the print's transaction."""
    session.audit.append_in(con, action, session.role, session.actor_id, None, detail)
