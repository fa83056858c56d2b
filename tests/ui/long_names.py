"""An office day with the longest realistic names (issue 15): a double Kazakh surname, a long
unit name, long inventory numbers, long remarks, one downloaded photo, one camera still out
and one back but not downloaded. No Qt: the window test and docs/screenshots/tabs_scene.py
seed the same vault on a session opened at 09:00 on a working Monday."""

from __future__ import annotations

from typing import Any

from app.demo import png_bytes
from app.model import settings
from app.model.custody import Checklist
from app.model.footage import FootagePart, NewFootage

SURNAME = "Нұрмұхамбетова-Сейітжаппарова"
NAME = "Гүлжаһан"
PATRONYMIC = "Қуанышбекқызы"
UNIT = ("Алматы облысы бойынша Ветеринариялық бақылау және қадағалау комитетінің "
        "Еңбекшіқазақ аудандық аумақтық инспекциясы")
CAMERA = "BK-ALM-2024-000123"
CAMERA_2 = "BK-ALM-2024-000124"
CAMERA_3 = "BK-ALM-2024-000125"
SERIAL_3 = "SN-LONG-4K-00000003"
CARD = "MC-ALM-2024-000123-SD"
CARD_2 = "MC-ALM-2024-000124-SD"
CARD_3 = "MC-ALM-2024-000125-SD"
SEAL = "ПЛ-2026-ALM-00098765"
NOTE = ("Инспектор Еңбекшіқазақ ауданындағы мал қорымына жоспардан тыс тексеруге шықты; "
        "камера батареясы 14:20-да ауыстырылды, жазба үзілген жоқ")
FILE = "DCIM/100MEDIA/ALM_2026_11_23_ENBEKSHIKAZAKH_INSPECTION_0001.PNG"
OLD_CAMERA = "BK-ALM-2018-000007"   # past its service life and on its factory password
CAUSE = "Камераның объективі зақымданды, кескін бұлыңғыр, жөндеуге жіберілді"


def seed(s: Any, clock: Any) -> dict[str, Any]:
    """Fill an open officer's session (clock at 09:00 on a working day); the clock ends at
    18:30 the same day. Returns what the tests look for."""
    settings.change(s, {"unit_name": UNIT})
    reg, cus = s.registers, s.custody
    long = reg.add_staff(SURNAME, NAME, "IN-ALM-000777", patronymic=PATRONYMIC,
                         position="Ветеринариялық бақылау және қадағалау жөніндегі бас "
                              "мемлекеттік инспектор")
    other = reg.add_staff("Қожахметова-Байжігітова", "Айгерім", "IN-ALM-000778",
                          patronymic="Жанболатқызы")
    third = reg.add_staff("Константинопольский", "Александр", "IN-ALM-000779",
                          patronymic="Владиславович")
    for cam, card, n in ((CAMERA, CARD, 1), (CAMERA_2, CARD_2, 2), (CAMERA_3, CARD_3, 3)):
        reg.add_device("camera", cam, serial=f"SN-LONG-4K-{n:08d}",
                       model="Sim BodyCam 4K Ultra Night Vision", in_service="2024-02-01")
        reg.add_device("card", card, serial=f"CARD-LONG-{n:08d}", model="microSD 128GB")
    # Near the end of its seven-year service life (R19): Today lists it with its number.
    reg.add_device("camera", "BK-ALM-2019-000001", model="Sim BodyCam",
                   in_service="2019-12-20")
    reg.add_device("camera", OLD_CAMERA, model="Sim BodyCam", in_service="2018-03-01",
                   default_password=True)
    ok = Checklist.all_ok(battery_percent=100)
    a = cus.issue(long.id, CAMERA, ok, card=CARD, seal=SEAL)
    b = cus.issue(other.id, CAMERA_2, ok, card=CARD_2, seal=SEAL + "-2")
    c = cus.issue(third.id, CAMERA_3, ok, card=CARD_3, seal=SEAL + "-3")
    clock.advance(hours=4)
    cus.remark(a.id, "meal_pause")
    clock.advance(hours=1)
    cus.remark(a.id, "meal_resume")
    cus.remark(a.id, "note", NOTE)
    cus.report_malfunction(c.id, CAUSE)
    clock.advance(hours=4)
    cus.return_camera(CAMERA)
    cus.return_camera(CAMERA_3)
    clock.advance(minutes=20)
    period = cus.live(a.id)
    data = png_bytes(64, 48, (40, 120, 200))
    blob_id, sha, size = s.blobs.put_bytes(data)
    item = NewFootage(sha, size, FILE, [FootagePart(1, blob_id, FILE, size, sha)],
                      camera_id=period.camera_id, card_id=period.card_id,
                      inspector_id=period.inspector_id, custody_id=period.id, media="photo",
                      started_at=period.issued_at, ended_at=period.issued_at,
                      duration_s=None)
    with s.db.write() as con:
        s.footage.download_in(con, period.id, period.camera_id,
                              {"files": 1, "bytes": size, "source": "test"}, [item])
    [footage] = s.footage.search()
    s.footage.add_note(footage.id, NOTE)
    clock.advance(minutes=10)
    return {"long": long, "out": b, "photo": sha}
