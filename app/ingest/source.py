"""Where a download reads from: a docked camera's volume or a folder of recordings (a card
in a reader, a share). Each knows how to open its driver; the job does not guess the kind.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.devices.drivers import make_driver
from app.devices.profiles import Profile, load_profiles, match_profile
from app.errors import InvalidInput
from app.fsutil import os_reason
from app.i18n import QT_TRANSLATE_NOOP
from app.ingest import errors

if TYPE_CHECKING:
    from app.devices.watcher import DockedVolume

FOLDER_PROFILE = {"name": "folder", "title": "Folder", "driver": "mass_storage",
                  "footage": [{"dir": ".", "recursive": True}],
                  "name_time": "(?P<Y>20\\d{2})[-_]?(?P<m>\\d{2})[-_]?(?P<d>\\d{2})[-_T]?"
                               "(?P<H>\\d{2})[-_]?(?P<M>\\d{2})[-_]?(?P<S>\\d{2})",
                  "split": {"regex": "^(?P<base>.+)_(?P<part>\\d{3})$",
                            "min_part_size": 4227858432}}


def check_folder(folder: Path | str) -> Path:
    """A folder of recordings named by the person (``--folder``) must be there before
    anything starts: one that does not exist or is not a folder is bad input (exit 2),
    never told as a camera pulled out during the download. An empty name is refused as it
    is typed (``Path("")`` would be the current folder)."""
    if not str(folder).strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "No folder was given; name the folder "
                                                     "of recordings to download."))
    path = Path(folder)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "There is no folder {path}."),
                           path=str(path)) from None
    except (OSError, ValueError) as exc:   # ValueError: a NUL in the name
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The folder {path} cannot be read: "
                                                     "{reason}."),
                           path=str(path), reason=reason) from exc
    if not stat.S_ISDIR(mode):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "{path} is not a folder."),
                           path=str(path))
    return path


@dataclass(frozen=True)
class VolumeSource:
    """A docked camera the watcher found; one no profile knows is not downloaded (R4)."""

    volume: DockedVolume

    def driver(self, backend: Any, profiles: list[Profile] | None) -> Any:
        if self.volume.profile is None:
            usb = self.volume.usb
            raise errors.unregistered(usb.serial if usb else None)
        return self.volume.driver(backend)

    def __str__(self) -> str:
        return str(self.volume)


@dataclass(frozen=True)
class FolderSource:
    """A folder: read with the profile that matches it, else as a plain folder."""

    folder: Path

    def driver(self, backend: Any, profiles: list[Profile] | None) -> Any:
        known = profiles if profiles is not None else load_profiles()
        prof = match_profile(known, self.folder, self.folder.name, None) or Profile.from_dict(
            FOLDER_PROFILE)
        return make_driver(prof, self.folder, None, backend)

    def __str__(self) -> str:
        return str(self.folder)


IngestSource = VolumeSource | FolderSource
