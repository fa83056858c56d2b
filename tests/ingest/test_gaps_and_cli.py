"""Recording gaps (R13, R15, R16) and the ``dalel dock`` command line."""

from __future__ import annotations

import json
from datetime import timedelta

from app.cli.main import main
from app.ingest.gaps import find_gaps, store_gaps
from app.ingest.job import IngestJob
from tests.conftest import OFFICER_PW
from tests.ingest.helpers import volume


def test_gaps_explained_by_meal_break_are_not_flagged(stocked, dock, clock, ok_checklist):
    s = stocked
    period = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S1")
    t0 = clock.now()
    clock.advance(timedelta(hours=4))              # 13:00 local: lunch
    s.custody.remark(period.id, "meal_pause", "обед")
    clock.advance(timedelta(hours=1))
    s.custody.remark(period.id, "meal_resume", "")
    clock.advance(timedelta(hours=1))
    s.custody.return_camera("BK-001")
    clock.advance(timedelta(minutes=10))
    # recordings: 09:00-13:00 and 14:00-14:30; then nothing until the 15:00 return
    cam = dock.add_camera("SN-1", 8, 4096, duration_s=1800, start=t0)
    IngestJob.from_volume(s, volume(cam), backend=dock.backend).run()
    extra = dock.add_camera("SN-1b", 1, 4096, duration_s=1800, start=t0 + timedelta(hours=5))
    IngestJob.from_volume(s, volume(extra), backend=dock.backend, camera="BK-001").run()
    gaps = find_gaps(s, period.id)
    assert [(g.start[11:16], g.end[11:16]) for g in gaps] == [("09:30", "10:00")]
    assert store_gaps(s, period.id) == gaps
    assert s.db.one("SELECT count(*) FROM recording_gaps")[0] == 1


def test_cli_ingest_folder_gaps_reconcile(stocked, dock, vault_dir, tmp_path, capsys,
                                          monkeypatch):
    cam = dock.add_camera("SN-2", 2, 8192)
    stocked.lock()
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    base = ["--vault", str(vault_dir), "--json"]
    rc = main(["dock", "ingest", *base, "--folder", str(cam.mount), "--camera", "BK-002"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and len(out["stored"]) == 2 and out["complete"]
    rc = main(["dock", "wipe", *base, "--folder", str(cam.mount), "--camera", "BK-002",
               "--yes"])
    assert rc == 0 and json.loads(capsys.readouterr().out)["removed"] == 2
    rc = main(["dock", "reconcile", *base])
    assert rc == 0 and json.loads(capsys.readouterr().out)["missing"] == []
    rc = main(["dock", "list", *base, "--mount-root", str(dock.mount_root), "--no-usb"])
    assert rc == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and listed[0]["mount"] == str(cam.mount)
    rc = main(["dock", "ingest", *base, "--folder", str(tmp_path / "nothing")])
    assert rc != 0 and "camera" in capsys.readouterr().err
