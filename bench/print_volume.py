"""Benchmark: print a volume of a 10,000-entry journal and report pages per second.

    .venv/bin/python bench/print_volume.py [--entries 10000] [--keep DIR]

Builds a demo journal in a temporary vault (FakeClock, realistic days: meal breaks,
malfunction + replacement, a correction), then times ``print_new_pages`` (rows, layout,
page registration, check codes + QR, PDF) and a ``verify_page``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.clock import FakeClock
from app.model import vault
from app.model.keyslots import KdfParams
from app.paper import demo, print_new_pages, verify_page
from bench.common import sizes


def main() -> int:
    ap = sizes(entries=10_000)
    ap.add_argument("--keep", help="write the PDF into this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(datetime(2024, 1, 8, 4, 0, tzinfo=UTC))
        s = vault.create(Path(tmp) / "vault",
                         vault.Person("Ахметов", "Серік", "OF-1", patronymic="Қайратұлы"),
                         "officer-pass-1", vault.Person("Омарова", "Әйгерім", "HD-1"),
                         "head-pass-22",
                         office=vault.Office(agency="veterinary",
                                             unit_name="Алматы облысы аумақтық инспекциясы"),
                         clock=clock, kdf=KdfParams())
        s.db.con.execute("PRAGMA synchronous = OFF")   # the bench times printing, not fsync
        t0 = time.perf_counter()
        demo.stock(s)
        day = 0
        while s.journal.size() < args.entries:
            day += 1
            if day % 20 == 2:
                demo.eventful_day(s, clock, day)
                for cam in s.registers.list_devices(kind="camera", state="faulty"):
                    s.registers.set_device_state(cam.id, "in_store", "repaired")
            else:
                demo.ordinary_day(s, clock, day, inspectors=5)
            demo.next_morning(clock)
        built = time.perf_counter() - t0
        out = Path(args.keep or tmp) / "bench_volume.pdf"
        t1 = time.perf_counter()
        result = print_new_pages(s, out)
        elapsed = time.perf_counter() - t1
        t2 = time.perf_counter()
        ok = verify_page(s, result.codes[len(result.codes) // 2]).ok
        vt = time.perf_counter() - t2
        size = out.stat().st_size
        print(f"journal: {s.journal.size()} entries, {result.rows} rows, {day} days "
              f"(built in {built:.1f} s)")
        print(f"printed: {len(result.pages)} numbered pages + covers = {result.pdf_pages} "
              f"PDF pages, {size / 1e6:.1f} MB, in {elapsed:.2f} s")
        print(f"speed: {result.pdf_pages / elapsed:.1f} pages/s")
        print(f"verify-page (middle page): {'ok' if ok else 'FAILED'} in {vt:.2f} s")
        s.lock()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
