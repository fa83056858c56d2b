"""What a download reports: its progress while it runs (``Progress``) and the outcome
(``IngestReport``: stored, duplicates, resumed, failed, left on the card, wiped), for the
window, the command line and the journal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, translate

# Skip reasons that may hide recordings; links, special and empty files hold none.
BLOCKING_SKIPS = frozenset({"unreadable", "too_deep"})

# n: every item listed as not stored (failed or skipped); {blocking}: those of them that
# stop the wipe (a failed file, a folder that may hold recordings), {first} the first of those.
NOT_WIPED = NUMERUS.translate(
    "core", "The card was not wiped: the download is not complete (%n file(s) or "
            "folder(s) not stored, {blocking} of them may hold recordings, e.g. {first}). "
            "Everything stays on the card (R14).", None, 0)
# The download itself stopped (its reason is said once, by the report's abort message).
NOT_WIPED_STOPPED = QT_TRANSLATE_NOOP(
    "core", "The card was not wiped: the download did not finish. Everything stays on the "
            "card (R14).")


# The stage codes ``Progress.stage`` carries, as the person at the desk reads them.
STAGE_WORDS = {
    "scanning": QT_TRANSLATE_NOOP("core", "scanning"),
    "copying": QT_TRANSLATE_NOOP("core", "copying"),
    "verifying": QT_TRANSLATE_NOOP("core", "verifying"),
    "committing": QT_TRANSLATE_NOOP("core", "committing"),
    "wiping": QT_TRANSLATE_NOOP("core", "wiping"),
    "done": QT_TRANSLATE_NOOP("core", "done"),
    "aborted": QT_TRANSLATE_NOOP("core", "stopped"),
}


def stage_text(stage: str, lang: str | None = None) -> str:
    """A stage code in the user's language (an unknown code as it is)."""
    word = STAGE_WORDS.get(stage)
    return translate("core", word, lang) if word else stage


@dataclass(frozen=True)
class Progress:
    camera: str
    stage: str              # a code of STAGE_WORDS: scanning | copying | ... | aborted
    done_bytes: int
    total_bytes: int
    done_files: int
    total_files: int
    current: str | None = None

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 1.0


@dataclass
class IngestReport:
    camera_id: int
    camera_inventory: str
    recordings: int = 0                  # recordings found on the card
    stored: list[int] = field(default_factory=list)       # new footage ids, committed
    # copied and verified, but the index refused the transaction that would have stored
    # them: on the card still, and staged for the next docking (card file names)
    not_stored: list[str] = field(default_factory=list)
    duplicates: int = 0                  # already in the vault (content hash)
    resumed: int = 0                     # parts reused from a previous interrupted run
    failed: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    bytes_stored: int = 0
    seconds: float = 0.0
    clock: dict[str, Any] = field(default_factory=dict)
    journal_seqs: list[int] = field(default_factory=list)
    aborted: str | None = None
    aborted_message: str | None = None
    wiped: int | None = None
    wipe_message: str | None = None

    @property
    def left_on_card(self) -> list[dict[str, str]]:
        """Skipped items that may hold recordings (an unreadable folder, a tree deeper than
        the limit): the download is not complete while they stay on the card."""
        return [s for s in self.skipped if s["code"] in BLOCKING_SKIPS]

    @property
    def blocking(self) -> list[dict[str, str]]:
        """What stops the wipe: the files that failed, the skipped items that may hold
        recordings."""
        return self.failed + self.left_on_card

    @property
    def complete(self) -> bool:
        return self.aborted is None and not self.failed and not self.left_on_card

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["complete"] = self.complete
        return d
