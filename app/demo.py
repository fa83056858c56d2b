"""A demo vault a newcomer can click through: staff, cameras, cards, a few working days of
journal entries (with a meal break, a malfunction and its replacement, a correction), some
downloaded footage, a camera still out and one not yet downloaded. No Qt here: the window,
the tests and anyone else can seed the same vault.

The seeding runs on a clock that walks through the past working days, so every journal
time comes from a clock as always (R3); the window later opens it on the real clock.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import FakeClock, SystemClock, from_iso
from app.devices.democlip import clip_bytes
from app.model import vault
from app.model.custody import Checklist
from app.model.footage import FootagePart, NewFootage
from app.model.keyslots import KdfParams
from app.model.work_calendar import WorkCalendar

if TYPE_CHECKING:
    from app.model.vault import VaultSession

OFFICER_PASSWORD = "demo-officer"
HEAD_PASSWORD = "demo-head-1"
OFFICER = vault.Person("Ахметов", "Серік", "DEMO-OF", patronymic="Қайратұлы",
                       position="жауапты тұлға")
HEAD = vault.Person("Омарова", "Әйгерім", "DEMO-HD", patronymic="Маратқызы",
                    position="аумақтық инспекция басшысы")
INSPECTORS = (("Сейітов", "Ерлан", "IN-101", None),
              ("Жұмабаева", "Гүлнұр", "IN-102", "Серікқызы"),
              ("Петров", "Андрей", "IN-103", "Викторович"),
              ("Нұрланов", "Дәурен", "IN-104", None))
UNIT = "Алматы облысы бойынша аумақтық инспекция"


@dataclass(frozen=True)
class DemoInfo:
    path: Path
    officer_password: str = OFFICER_PASSWORD
    head_password: str = HEAD_PASSWORD


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("dalel", appauthor=False)) / "demo-vault"


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG with a darker frame, built without any imaging library."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            edge = x < 4 or y < 4 or x >= width - 4 or y >= height - 4
            row += bytes(c // 3 if edge else c for c in rgb)
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def ensure(path: Path | None = None, now: datetime | None = None,
           kdf: KdfParams | None = None) -> DemoInfo:
    """Create and seed the demo vault once; later calls just return where it is."""
    path = path or default_path()
    if not vault.is_vault(path):
        seed(path, now or SystemClock().now(), kdf or KdfParams())
    return DemoInfo(path)


def _past_working_days(cal: WorkCalendar, today: date, count: int) -> list[date]:
    days: list[date] = []
    day = today - timedelta(days=1)
    while len(days) < count:
        if cal.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def seed(path: Path, now: datetime, kdf: KdfParams) -> None:
    clock = FakeClock(now - timedelta(days=30))
    session = vault.create(path, OFFICER, OFFICER_PASSWORD, HEAD, HEAD_PASSWORD,
                           office=vault.Office("veterinary", UNIT, "kk"), clock=clock, kdf=kdf)
    try:
        _fill(session, clock, now)
    finally:
        session.lock()


def _at(clock: FakeClock, cal: WorkCalendar, day: date, hh: int, mm: int) -> None:
    clock.set(datetime.combine(day, time(hh, mm), cal.tz))


def _fill(s: VaultSession, clock: FakeClock, now: datetime) -> None:
    reg, cus = s.registers, s.custody
    cal = s.calendar
    today = cal.local(now).date()
    for surname, name, number, patronymic in INSPECTORS:
        reg.add_staff(surname, name, number, patronymic=patronymic, position="мемлекеттік "
                      "инспектор")
    old = (today - timedelta(days=7 * 365 - 40)).isoformat()  # near the end of service (R19)
    for n in range(1, 7):
        reg.add_device("camera", f"BK-00{n}", serial=f"DEMO-SN-{n}", model="Sim BodyCam 4K",
                       in_service=old if n == 6 else "2024-02-01", usb_vid=0x1D6B,
                       usb_pid=0x0100 + n, default_password=(n == 5))
        reg.add_device("card", f"MC-00{n}", serial=f"DEMO-CARD-{n}", model="microSD 64GB",
                       in_service="2024-02-01")
    ids = {p.personnel_no: p.id for p in reg.list_staff(role="inspector")}
    ok = Checklist.all_ok(battery_percent=100)
    days = _past_working_days(cal, today, 3)
    counter = 0

    def issue(day: date, hh: int, mm: int, who: str, cam: int, **kw: Any) -> Any:
        _at(clock, cal, day, hh, mm)
        return cus.issue(ids[who], f"BK-00{cam}", ok, card=f"MC-00{cam}",
                         seal=f"PL-{day:%m%d}{cam}", **kw)

    def back(day: date, hh: int, mm: int, cam: int) -> None:
        _at(clock, cal, day, hh, mm)
        cus.return_camera(f"BK-00{cam}")

    def download(day: date, hh: int, mm: int, period: Any, colour: tuple[int, int, int]
                 ) -> None:
        nonlocal counter
        _at(clock, cal, day, hh, mm)
        start = period.issued_at
        cam = s.registers.device(period.camera_id)
        # A clip the program's player really shows: the camera's label and the local
        # date-time burned in, running from the period's start.
        label = f"{cam.inventory_no}  {cam.serial or ''}"
        video = clip_bytes(42.0, cal.local(from_iso(start)), label,
                           f"demo/{period.id}/{counter}".encode())
        items = []
        for kind, data in (("photo", png_bytes(320, 240, colour)), ("video", video)):
            counter += 1
            blob_id, sha, size = s.blobs.put_bytes(data)
            name = f"DCIM/100DEMO/{'IMG' if kind == 'photo' else 'VID'}_{counter:04d}." + (
                "PNG" if kind == "photo" else "MP4")
            items.append(NewFootage(sha, size, name, [FootagePart(1, blob_id, name, size, sha)],
                                    camera_id=period.camera_id, card_id=period.card_id,
                                    inspector_id=period.inspector_id, custody_id=period.id,
                                    media=kind, started_at=start, ended_at=start,
                                    duration_s=None if kind == "photo" else 42.0))
        with s.db.write() as con:
            s.footage.download_in(con, period.id, period.camera_id,
                                  {"files": len(items), "bytes": sum(i.size for i in items),
                                   "source": "demo"}, items)
            s.audit.append_in(con, "ingest", s.role, s.actor_id, None,
                              {"custody_id": period.id, "files": len(items), "demo": True})

    d1, d2, d3 = days
    # Day 1: two inspectors; one issue was written to the wrong person and corrected (R7).
    a = issue(d1, 9, 5, "IN-101", 1)
    b = issue(d1, 9, 12, "IN-103", 2)
    _at(clock, cal, d1, 9, 20)
    b = cus.live(cus.correct(b.id, "Қате инспектор жазылды", inspector=ids["IN-102"]).seq)
    _at(clock, cal, d1, 13, 2)
    cus.remark(a.id, "meal_pause")
    _at(clock, cal, d1, 14, 1)
    cus.remark(a.id, "meal_resume")
    back(d1, 18, 5, 1)
    back(d1, 18, 12, 2)
    download(d1, 18, 40, cus.live(a.id), (40, 120, 200))
    download(d2, 9, 0, cus.live(b.id), (60, 160, 90))
    # Day 2: a camera fails; the officer records it and issues a replacement (R16).
    c = issue(d2, 9, 20, "IN-103", 3)
    _at(clock, cal, d2, 11, 15)
    cus.report_malfunction(c.id, "Батарея зарядталмайды")
    _at(clock, cal, d2, 11, 25)
    r = cus.replace_camera(c.id, "BK-004", ok, card="MC-004", seal=f"PL-{d2:%m%d}4")
    back(d2, 17, 50, 3)
    back(d2, 17, 55, 4)
    download(d2, 18, 20, cus.live(r.id), (200, 140, 40))
    # Day 3: one camera is still out (R17), one is back but not downloaded yet (R8).
    issue(d3, 9, 10, "IN-104", 1)
    issue(d3, 9, 15, "IN-101", 2)
    back(d3, 18, 0, 2)
    if cal.is_working_day(today) and cal.local(now).time() > time(9, 30):
        # BK-005 came on its factory password: the officer changed it before its first
        # issue and confirmed that (journalled), as the issue form asks.
        issue(today, 9, 5, "IN-102", 5, password_changed=True)
