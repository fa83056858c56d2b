"""A realistic demo journal for the samples, tests and the benchmark (not used in the office).

Working days of an inspection office (R21): cameras issued in the morning with the card
slot sealed (R6), a meal break (R15), a malfunction and a replacement (R16), a correction
(R7), return at the end of the day (R17) and the download within the working day (R8).
Times come from the injected ``FakeClock`` only.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from app.model.custody import Checklist

if TYPE_CHECKING:
    from app.clock import FakeClock
    from app.model.registers import Device
    from app.model.vault import VaultSession

INSPECTORS = (("Сейітов", "Ерлан", "IN-1", "Бауыржанұлы"),
              ("Жұмабаева", "Гүлнұр", "IN-2", "Серікқызы"),
              ("Әбілқасымов", "Нұрсұлтан", "IN-3", None),
              ("Құдайбергенова", "Әйгерім", "IN-4", "Өмірзаққызы"),
              ("Үсенов", "Ғалым", "IN-5", "Һадиұлы"))


def stock(session: VaultSession, cameras: int = 6) -> None:
    reg = session.registers
    for surname, name, no, patronymic in INSPECTORS:
        reg.add_staff(surname, name, no, patronymic=patronymic)
    for n in range(1, cameras + 1):
        reg.add_device("camera", f"БК-{n:03d}", serial=f"SN-{n}", model="Hikvision DS-MH2311",
                       in_service="2024-01-15")
        reg.add_device("card", f"ЖК-{n:03d}", serial=f"CARD-{n}", model="microSD 64GB")


def _free_cameras(session: VaultSession) -> list[Device]:
    return [d for d in session.registers.list_devices()
            if d.kind == "camera" and d.state == "in_store"]


def _download(session: VaultSession, custody_id: int, camera_id: int, files: int) -> None:
    with session.db.write() as con:
        session.custody.download_in(con, custody_id, camera_id,
                                    {"files": files, "demo": True})


def ordinary_day(session: VaultSession, clock: FakeClock, day_no: int, inspectors: int = 3) -> None:
    """Issue at 09:00, return at 18:00, download at 18:20; one meal break."""
    ok = Checklist.all_ok(battery_percent=96)
    ids = []
    free = _free_cameras(session)
    for i in range(inspectors):
        n = i + 1
        cam = free[i].inventory_no
        period = session.custody.issue(f"IN-{n}", cam, ok, card=cam.replace("БК", "ЖК"),
                                       seal=f"П-{day_no:04d}{n}")
        ids.append(period)
        clock.advance(minutes=4)
    clock.advance(hours=3, minutes=50)
    session.custody.remark(ids[0].id, "meal_pause")
    clock.advance(minutes=45)
    session.custody.remark(ids[0].id, "meal_resume")
    clock.advance(hours=4, minutes=15)
    for p in ids:
        session.custody.return_camera(p.camera_id)
        clock.advance(minutes=3)
    clock.advance(minutes=10)
    for p in ids:
        _download(session, p.id, p.camera_id, 7)
        clock.advance(minutes=2)


def eventful_day(session: VaultSession, clock: FakeClock, day_no: int) -> None:
    """A wrong inspector corrected (R7), a malfunction and replacement (R16), a meal break."""
    ok = Checklist.all_ok(battery_percent=93)
    c1, c2, c3 = (d.inventory_no for d in _free_cameras(session)[:3])
    a = session.custody.issue("IN-1", c1, ok, card=c1.replace("БК", "ЖК"),
                              seal=f"П-{day_no:04d}1")
    clock.advance(minutes=5)
    wrong = session.custody.issue("IN-3", c2, ok, card=c2.replace("БК", "ЖК"),
                                  seal=f"П-{day_no:04d}2")
    clock.advance(minutes=7)
    fix = session.custody.correct(wrong.id, "инспектор қате көрсетілген / ошибочно указан "
                                            "инспектор", inspector="IN-2")
    b = session.custody.period(fix.seq)
    clock.advance(hours=2)
    session.custody.report_malfunction(b.id, "бейнетіркегіш қосылмайды, батарея ақаулы")
    clock.advance(minutes=20)
    c = session.custody.replace_camera(b.id, c3, ok, card=c3.replace("БК", "ЖК"),
                                       seal=f"П-{day_no:04d}3")
    clock.advance(hours=1, minutes=10)
    session.custody.remark(a.id, "meal_pause")
    clock.advance(minutes=40)
    session.custody.remark(a.id, "meal_resume")
    clock.advance(hours=1)
    session.custody.remark(a.id, "note", "Объектіде тексеру аяқталды, акт жасалды")
    clock.advance(hours=3)
    for p in (a, b, c):
        session.custody.return_camera(p.camera_id)
        clock.advance(minutes=3)
    clock.advance(minutes=10)
    for p in (a, b, c):
        _download(session, p.id, p.camera_id, 5)
        clock.advance(minutes=2)


def next_morning(clock: FakeClock) -> None:
    """Move the clock to 09:00 of the next working day (Almaty, UTC+5)."""
    now = clock.now()
    day = now + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    clock.set(day.replace(hour=4, minute=0, second=0, microsecond=0))


def demo_journal(session: VaultSession, clock: FakeClock, days: int = 3) -> None:
    stock(session)
    for d in range(days):
        if d == 1:
            eventful_day(session, clock, d + 1)
        else:
            ordinary_day(session, clock, d + 1)
        next_morning(clock)
