"""Benchmark: release packages (R10) against ``cp`` + ``sync``, and the check of a package.

    .venv/bin/python bench/release.py [--files 4] [--mib 128] [--photos 2000] [--rounds 3]

A temporary vault holds ``--files`` random recordings of ``--mib`` MiB each; each round
times the head's release of all of them (decrypt, hash, write, fsync, manifest, PDF,
signature, record, rename) against ``cp`` of the same plaintext files and ``sync -f``, then
``check_package`` against ``sha256sum`` of the same files. Then the PDF alone for a card of
``--photos`` photos (the part of a release that grows with the number of files).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import release
from app.clock import FakeClock
from app.model import vault
from app.model.footage import FootagePart, NewFootage
from app.model.keyslots import KdfParams
from app.package_check import check_package, files_digest, fingerprint
from app.release import pdf
from bench.common import sizes


def _vault(base: Path, files: int, mib: int) -> tuple[list[int], list[Path]]:
    s = vault.create(base / "vault", vault.Person("Ахметов", "Серік", "OF-1"), "officer-pass-1",
                     vault.Person("Омарова", "Әйгерім", "HD-1"), "head-pass-22",
                     clock=FakeClock(), kdf=KdfParams())
    s.registers.add_staff("Сейітов", "Ерлан", "IN-1")
    cam = s.registers.add_device("camera", "BK-001")
    src = base / "src"
    src.mkdir()
    items, paths = [], []
    for i in range(files):
        path = src / f"VID_{i:04d}.MP4"
        with open(path, "wb") as fh:
            for _ in range(mib):
                fh.write(os.urandom(1 << 20))
        with open(path, "rb") as fh:
            blob, sha, size = s.blobs.put_stream(fh)
        name = f"DCIM/100CAM/{path.name}"
        items.append(NewFootage(sha, size, name, [FootagePart(1, blob, name, size, sha)],
                                camera_id=cam.id))
        paths.append(path)
    with s.db.write() as con:
        s.footage.download_in(con, None, cam.id, {"files": files}, items)
    ids = [f.id for f in s.footage.search()]
    s.lock()
    return ids, paths


def _pdf(photos: int) -> float:
    files = [{"file": f"recordings/IMG_{i:04d}.JPG", "size": 512_000,
              "sha256": hashlib.sha256(str(i).encode()).hexdigest(),
              "card_name": f"DCIM/100CAM/IMG_{i:04d}.JPG", "camera": "BK-001",
              "inspector": {"name": "Ерлан Сейітов", "personnel_no": "IN-1"},
              "recorded_from": "2026-11-23T04:00:00.000000Z",
              "recorded_to": "2026-11-23T04:00:00.000000Z",
              "downloaded_at": "2026-11-23T12:20:00.000000Z"} for i in range(photos)]
    person = {"name": "Әйгерім Омарова", "personnel_no": "HD-1"}
    manifest = {"release_id": 1, "vault_id": "0" * 32, "timezone": "Asia/Almaty",
                "released_at": "2026-11-23T12:25:00.000000Z", "office": {"unit": ""},
                "permitted_by": person, "released_by": person, "recipient": person,
                "purpose": "bench", "files": files, "files_digest": files_digest(files),
                "checkpoint": {"code": "x" * 200, "journal_entries": 1, "audit_entries": 1},
                "signing_key": {"fingerprint": fingerprint(b"k" * 32)}}
    start = time.process_time()
    pdf.render(manifest)
    return time.process_time() - start


def main() -> int:
    args = sizes(files=4, mib=128, photos=2000, rounds=3).parse_args()
    total = args.files * args.mib * (1 << 20) / 1e6
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        base = Path(tmp)
        ids, paths = _vault(base, args.files, args.mib)
        head = vault.unlock(base / "vault", "head", "head-pass-22", FakeClock())
        for r in range(args.rounds):
            out, cp = base / f"out{r}", base / f"cp{r}"
            out.mkdir()
            cp.mkdir()
            subprocess.run(["sync"], check=True)
            t, c = time.perf_counter(), time.process_time()
            made = release.release(head, release.ReleaseRequest(ids, "IN-1", "bench", out))
            rel, rel_cpu = time.perf_counter() - t, time.process_time() - c
            subprocess.run(["sync"], check=True)
            t = time.perf_counter()
            subprocess.run(["cp", *map(str, paths), str(cp)], check=True)
            subprocess.run(["sync", "-f", str(cp)], check=True)
            cp_s = time.perf_counter() - t
            t = time.perf_counter()
            ok = check_package(made.folder).ok
            chk = time.perf_counter() - t
            t = time.perf_counter()
            subprocess.run(["sha256sum", *map(str, paths)], check=True, capture_output=True)
            sha_s = time.perf_counter() - t
            print(f"round {r}: release {total / rel:.0f} MB/s (CPU {rel_cpu:.2f} s), "
                  f"cp+sync {total / cp_s:.0f} MB/s, release/cp {cp_s / rel:.2f}; "
                  f"check {total / chk:.0f} MB/s (intact: {ok}), sha256sum {total / sha_s:.0f}"
                  f" MB/s")
            shutil.rmtree(out)
            shutil.rmtree(cp)
        head.lock()
    print(f"manifest.pdf for {args.photos} photos: {_pdf(args.photos):.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
