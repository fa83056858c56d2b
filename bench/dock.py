"""Several cameras docked at once (R20, issue 11): aggregate download speed against the bound.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/dock.py          # N = 1, 2, 4, 8
    .venv/bin/python bench/dock.py --cameras 1,8 --files 2 --mib 32   # a quick run

Each camera is a :class:`SimulatedDock` card (default 4 recordings x 96 MiB, ``big=True``)
read through its own :class:`CardThrottle` at a card's speed (default 35 MB/s, a body camera
on USB 2). For each N the first N cameras are ingested by the window's own job
(``IngestJob.from_volume(session, docked_volume, backend=..., reader=throttle.read, copier=...)``,
``prepare()`` then ``run()``), one thread per camera, all sharing one session (one database
writer) in a fresh vault, the byte work in the session's copying process
(app/ingest/copier.py; started before the clock, as the window starts it when a camera
docks). ``--in-process`` keeps it in this process, as before the copier. The wall time runs
from the threads' start to the last report.

The bound for N cameras is ``min(N x card speed, the disk's floor)`` where the floor is
:func:`bench.ingest.disk_bound_time` over the same files (O_DIRECT write + read-back
overlapping, one ``sync -f``; no hashing, no crypto), timed back to back with the ingest in
the same run, alternating which goes first (a VM disk's speed drifts within minutes).
CPU: CPU seconds (every thread, this process and the copying process) per GiB stored, and
as a share of the cores. A probe thread sleeping 1 ms in a loop tells how long a Python
thread of this process (the GUI thread is one) waits for the GIL while the downloads run.

Then the window (unless ``--window-pools ''``): a MainWindow on a real vault with a dock
factory building a :class:`DockBridge` with ``card_bytes_per_s`` (bench/window.py, as
``bench/gui_stall.py`` does), all cameras docked; the time from ``bridge.start()`` (the
watcher sees them) to the last ``done`` gives the window's aggregate, a 5 ms QTimer the
longest event-loop stall (idle window first, same length as ``--idle-s``). Each gap is
split (Linux, from the GUI thread's own ``/proc/thread-self/schedstat``) into the time it
ran, the time it was ready but waited for a CPU (the machine's load: other programs, or the
copying process), and the rest, blocked: waiting for a lock, the interpreter's among them.
A busy machine makes the stall long by the second part; the third is the program's own
doing.
``default`` runs it as shipped (the setting
``max_parallel_downloads`` at its default); an integer K sets it to K. The peak of the
bridge's pool ``activeThreadCount()`` says how many downloads really ran at once.

Printed: ``dock: longest stall during 8 cameras = NN ms (idle window NN ms)`` per window
run (the window as shipped first; a pool of K is marked), then last
``dock: aggregate/bound = X.XX`` for the largest N (direct threads; median of rounds).
``--trace-stalls MS`` prints where the GUI thread's Python stack was during the longest
stalls (a watchdog thread samples it).
A benchmark printing ratios, not a timed test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.clock import FakeClock, from_iso
from app.devices.simulated import SimulatedDock
from app.devices.throttle import CardThrottle
from app.devices.watcher import DockedVolume, DockWatcher
from app.ingest.copier import Copier
from app.ingest.job import IngestJob
from app.model import vault
from app.model.custody import Checklist
from app.model.keyslots import KdfParams
from bench.ingest import disk_bound_time

T0 = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)    # cameras issued; returned 8 h later
GIB = 1 << 30


def make_vault(where: Path, cams: int) -> Any:
    """A real vault, ``cams`` cameras issued at T0 and handed in at T0 + 8 h (as gui_stall)."""
    clock = FakeClock(T0)
    s = vault.create(where, vault.Person("A", "B", "OF"), "officer-pw", vault.Person(
        "C", "D", "HD"), "head-pw-22", clock=clock, kdf=KdfParams())
    for n in range(cams):
        s.registers.add_staff(f"Inspector{n}", "X", f"IN-{n}")
        s.registers.add_device("camera", f"BK-{n:03d}", serial=f"SN-{n}")
        s.registers.add_device("card", f"MC-{n:03d}")
        s.custody.issue(f"IN-{n}", f"BK-{n:03d}", Checklist.all_ok(), card=f"MC-{n:03d}",
                        seal="S")
    clock.advance(hours=8)
    for n in range(cams):
        s.custody.return_camera(f"BK-{n:03d}")
    return s


def drop(s: Any, where: Path) -> None:
    s.lock()
    shutil.rmtree(where, ignore_errors=True)
    os.sync()


def docked_volumes(dock: SimulatedDock) -> list[DockedVolume]:
    """The docked cameras as the window's watcher sees them (one synchronous rescan)."""
    w = DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve])
    w.rescan()
    return sorted(w.docked(), key=lambda v: str(v.label))


def cpu_s() -> float:
    t = os.times()
    return t.user + t.system


class GilProbe:
    """A Python thread that sleeps 1 ms in a loop: how late it wakes is how long it waited
    for the GIL (plus the machine's own scheduling noise). The GUI thread needs the GIL for
    every Python slot and event filter, so this is the floor of the window's stall that the
    downloads' threads in the same process cause."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="gil-probe", daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            t = time.perf_counter()
            time.sleep(0.001)
            self.late.append(time.perf_counter() - t - 0.001)

    def __enter__(self) -> GilProbe:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    def text(self) -> str:
        late = sorted(self.late) or [0.0]
        return (f"an idle Python thread woke up to {late[-1] * 1000:.0f} ms late "
                f"(p99 {late[int(len(late) * 0.99)] * 1000:.0f} ms)")


class Stall:
    """A gap between two 5 ms ticks of the window (ms beyond the interval) and how the GUI
    thread spent it (:class:`ThreadTimes`)."""

    def __init__(self, late: float = 0.0, ran: float = 0.0, waited: float = 0.0,
                 at: float = 0.0) -> None:
        self.late, self.ran, self.waited, self.at = late, ran, waited, at

    @property
    def blocked(self) -> float:
        """Of the time beyond the interval: neither running nor ready to run."""
        return max(0.0, self.late - self.ran - self.waited)

    def __lt__(self, other: Stall) -> bool:
        return self.late < other.late

    def text(self) -> str:
        return (f"{self.late:.0f} ms late at {self.at:.1f} s (ran {self.ran:.0f}, waited for "
                f"a CPU {self.waited:.0f}, blocked {self.blocked:.0f} ms)")


class Run:
    """One measured download of several cameras: bytes, wall and CPU seconds."""

    def __init__(self, n: int, nbytes: int, wall: float, cpu: float, gil: str = "") -> None:
        self.n, self.nbytes, self.wall, self.cpu, self.gil = n, nbytes, wall, cpu, gil

    @property
    def mbps(self) -> float:
        return self.nbytes / 1e6 / self.wall

    def cpu_text(self, cores: int) -> str:
        return (f"CPU {self.cpu:.1f} s = {self.cpu / (self.nbytes / GIB):.1f} s/GiB, "
                f"{self.cpu / (self.nbytes / GIB) / self.n:.2f} s/GiB per camera at once, "
                f"{self.cpu / self.wall:.2f} of {cores} cores busy")


def direct_run(work: Path, dock: SimulatedDock, vols: list[DockedVolume], card_bps: float,
               files: int, tag: str, in_process: bool = False) -> Run:
    """The first N docked cameras, one thread each, one shared session; the byte work in
    the session's copying process as the window does it (``in_process``: in this one)."""
    where = work / f"vault-{tag}"
    s = make_vault(where, len(vols))
    reports: list[Any] = [None] * len(vols)
    copier = None if in_process else Copier.for_session(s)
    if copier is not None:      # started before the clock, as the window starts it at docking
        copier.pump(s.blobs, None, threading.Event(), read=CardThrottle(card_bps).read).close()

    def one(i: int, vol: DockedVolume) -> None:
        try:
            job = IngestJob.from_volume(s, vol, backend=dock.backend, wipe=False,
                                        reader=CardThrottle(card_bps).read, copier=copier)
            job.prepare()
            reports[i] = job.run()
        except BaseException as exc:  # reported below, with the others
            reports[i] = exc

    threads = [threading.Thread(target=one, args=(i, v), name=f"camera-{i}")
               for i, v in enumerate(vols)]
    os.sync()
    with GilProbe() as probe:
        c0, t0 = cpu_s(), time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall, cpu = time.perf_counter() - t0, cpu_s() - c0
    if copier is not None:
        cpu += copier_cpu(copier)
        copier.stop()
    bad = [r for r in reports if isinstance(r, BaseException) or not r.complete
           or len(r.stored) != files]
    if bad:
        raise SystemExit(f"download not complete: {bad!r}")
    nbytes = sum(r.bytes_stored for r in reports)
    drop(s, where)
    return Run(len(vols), nbytes, wall, cpu, probe.text())


def copier_cpu(copier: Copier | None) -> float:
    """CPU seconds of the copying process so far (Linux; 0 elsewhere)."""
    pid = copier.pid if copier is not None else None
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class ThreadTimes:
    """The GUI thread's own account of a stall (Linux ``/proc/thread-self/schedstat``): of
    the time between two ticks, how long it ran, how long it was ready but waited for a CPU
    (another program's load), and the rest — blocked: waiting for a lock (the interpreter's
    among them) or the disk. Read on the GUI thread at every tick."""

    def __init__(self) -> None:
        try:
            self.fh: Any = open("/proc/thread-self/schedstat", "rb", buffering=0)  # noqa: SIM115
        except OSError:
            self.fh = None
        self.last = self.read()

    def read(self) -> tuple[float, float]:
        if self.fh is None:
            return 0.0, 0.0
        self.fh.seek(0)
        run, wait, _n = self.fh.read(100).split()
        return int(run) / 1e6, int(wait) / 1e6

    def since_last(self) -> tuple[float, float]:
        now = self.read()
        (r0, w0), self.last = self.last, now
        return now[0] - r0, now[1] - w0


def floor_mbps(work: Path, paths: list[Path]) -> float:
    nbytes = sum(p.stat().st_size for p in paths)
    return nbytes / 1e6 / disk_bound_time(work, paths)


class StallTracer:
    """Where the GUI thread is while the window does not tick: a watchdog samples the main
    thread's Python stack every 2 ms once the last tick is ``threshold_ms`` old, and keeps
    the samples of the longest stall (``--trace-stalls``)."""

    def __init__(self, threshold_ms: float) -> None:
        self.threshold = threshold_ms / 1000
        self.last = time.perf_counter()
        self.episodes: dict[float, list[tuple[float, tuple[str, ...]]]] = {}
        self.stop = threading.Event()
        self.main = threading.main_thread().ident
        self.thread = threading.Thread(target=self._watch, name="stall-tracer", daemon=True)

    def tick(self) -> None:
        self.last = time.perf_counter()

    def _watch(self) -> None:
        import traceback

        while not self.stop.wait(0.002):
            last = self.last
            since = time.perf_counter() - last
            if since < self.threshold:
                continue
            frame = sys._current_frames().get(self.main)  # type: ignore[arg-type]
            if frame is None:
                continue
            stack = tuple(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                          for f in traceback.extract_stack(frame)[-8:])
            self.episodes.setdefault(last, []).append((since, stack))

    def report(self, t0: float, top: int = 3) -> list[str]:
        """The ``top`` longest stalls: when (s after t0), how long, and the stacks seen."""
        from collections import Counter

        out = []
        longest = sorted(self.episodes.items(), key=lambda kv: -kv[1][-1][0])[:top]
        for start, samples in longest:
            out.append(f"  stall at {start - t0:.2f} s, >= {samples[-1][0] * 1000:.0f} ms, "
                       f"{len(samples)} samples of the GUI thread's stack:")
            for stack, n in Counter(st for _s, st in samples).most_common(3):
                out.append(f"    x{n}: " + " <- ".join(reversed(stack)))
        return out


def window_run(work: Path, dock: SimulatedDock, cams: int, card_bps: float, files: int,
               pool_cap: int | None, idle_s: float, trace_ms: float = 0.0,
               in_process: bool = False
               ) -> tuple[Run, Stall, Stall, int, list[float]]:
    """All docked cameras through a MainWindow; returns the run, the longest stall during
    the download and while idle, the most jobs seen running at once, finish times."""
    from app.ui.main_window import MainWindow
    from bench.window import DeferredDock, Ticks

    where = work / f"win-vault-{pool_cap or 'default'}"
    s = make_vault(where, cams)
    if pool_cap is not None:          # the office's setting: downloads at once (R20)
        with s.db.write() as con:
            s.settings.set_in(con, "max_parallel_downloads", pool_cap)
    deferred = DeferredDock(dock, in_process, card_bytes_per_s=card_bps)
    win = MainWindow(where, clock=s.clock, lang="en", dock_factory=deferred)
    win.open_session(s)
    win.show()
    pool = deferred.bridge.pool
    gaps: list[Stall] = []
    busy = [0]
    times = ThreadTimes()

    def tick(gap_ms: float, at_s: float) -> None:
        gaps.append(Stall(gap_ms - Ticks.INTERVAL_MS, *times.since_last(), at=at_s))
        busy[0] = max(busy[0], pool.activeThreadCount())
        if tracer is not None:
            tracer.tick()

    tracer = StallTracer(trace_ms) if trace_ms else None
    ticks = Ticks(tick)
    times.since_last()
    ticks.idle(idle_s)
    idle_stall = max(gaps) if gaps else Stall()
    gaps.clear()
    busy[0] = 0
    os.sync()
    c0 = cpu_s()
    t0 = time.perf_counter()
    times.since_last()
    if tracer is not None:
        tracer.tick()
        tracer.thread.start()
    ticks.start()
    reports, finished_at = deferred.download(cams, 1800)
    wall, cpu = time.perf_counter() - t0, cpu_s() - c0
    cpu += copier_cpu(deferred.bridge.copier)
    ticks.stop()
    if tracer is not None:
        tracer.stop.set()
        print("\n".join(tracer.report(t0)), flush=True)
    stall = max(gaps) if gaps else Stall()
    blocked = max(gaps, key=lambda g: g.blocked) if gaps else Stall()
    ran, blk = (sum(g.ran for g in gaps) / wall, sum(g.blocked for g in gaps) / wall)
    print(f"  the window's longest stall: {stall.text()}; the longest time blocked: "
          f"{blocked.text()}; the GUI thread ran {ran:.0f} ms a second and was blocked "
          f"beyond its ticks {blk:.0f} ms a second", flush=True)
    bad = [r for r in reports if isinstance(r, BaseException) or not r.complete
           or len(r.stored) != files]
    if bad or len(reports) != cams:
        raise SystemExit(f"window download not complete: {len(reports)} reports, {bad!r}")
    nbytes = sum(r.bytes_stored for r in reports)
    win.lock()
    win.close()
    win.deleteLater()
    shutil.rmtree(where, ignore_errors=True)
    os.sync()
    return Run(cams, nbytes, wall, cpu), stall, idle_stall, busy[0], finished_at


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cameras", default="1,2,4,8", help="N values, comma-separated")
    ap.add_argument("--files", type=int, default=4, help="recordings per camera")
    ap.add_argument("--mib", type=int, default=96, help="MiB per recording")
    ap.add_argument("--card-mbps", type=float, default=35.0, help="card read speed, MB/s")
    ap.add_argument("--rounds", type=int, default=1, help="direct rounds per N")
    ap.add_argument("--window-pools", default="default,4,8",
                    help="window runs with all cameras docked: 'default' (the setting as "
                         "shipped) and/or max_parallel_downloads values; '' for none")
    ap.add_argument("--idle-s", type=float, default=10.0, help="idle window baseline, s")
    ap.add_argument("--trace-stalls", type=float, default=0.0, metavar="MS",
                    help="print the GUI thread's stacks during window stalls over MS")
    ap.add_argument("--in-process", action="store_true",
                    help="the downloads' byte work in this process, as before the copying "
                         "process (app/ingest/copier.py), to compare")
    ap.add_argument("--dir", help="work folder (default: a temp folder)")
    a = ap.parse_args(argv)
    ns = sorted({int(x) for x in a.cameras.split(",") if x})
    pools = [p.strip() for p in a.window_pools.split(",") if p.strip()]
    cams = max(ns)
    card_bps = a.card_mbps * 1e6
    cores = os.cpu_count() or 1
    app = None
    if pools:
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        print(f"Qt global pool maxThreadCount = {QThreadPool.globalInstance().maxThreadCount()}"
              f" (cores: {cores})", flush=True)
    with tempfile.TemporaryDirectory(prefix="dalel-dock-", dir=a.dir) as tmp:
        work = Path(tmp)
        dock = SimulatedDock(work / "dock", clock=FakeClock(T0 + timedelta(hours=8)))
        t = time.perf_counter()
        start = from_iso("2026-11-23T04:05:00.000000Z")
        cards = [dock.add_camera(f"SN-{n}", n_files=a.files, size=a.mib << 20, start=start,
                                 duration_s=600, big=True) for n in range(cams)]
        vols = docked_volumes(dock)
        assert len(vols) == cams and all(v.profile is not None for v in vols), vols
        print(f"{cams} cards x {a.files} recordings x {a.mib} MiB written in "
              f"{time.perf_counter() - t:.1f} s; card speed {a.card_mbps:g} MB/s", flush=True)
        results: dict[int, list[tuple[Run, float]]] = {}
        k = 0
        for n in ns:
            paths = [p for c in cards[:n] for p in c.files]
            for r in range(a.rounds):
                if k % 2 == 0:
                    fl = floor_mbps(work, paths)
                    run = direct_run(work, dock, vols[:n], card_bps, a.files, f"{n}-{r}",
                                     a.in_process)
                else:
                    run = direct_run(work, dock, vols[:n], card_bps, a.files, f"{n}-{r}",
                                     a.in_process)
                    fl = floor_mbps(work, paths)
                k += 1
                bound = min(n * a.card_mbps, fl)
                results.setdefault(n, []).append((run, bound))
                print(f"N={n}: {run.nbytes / 1e6:.0f} MB in {run.wall:.1f} s = {run.mbps:.1f} "
                      f"MB/s; bound min({n} x {a.card_mbps:g}, floor {fl:.0f}) = {bound:.1f} "
                      f"MB/s; aggregate/bound {run.mbps / bound:.2f}; "
                      f"{run.cpu_text(cores)}; {run.gil}", flush=True)
        stall_lines = []
        for p in pools:
            cap = None if p == "default" else int(p)
            fl = floor_mbps(work, [q for c in cards for q in c.files])
            run, stall, idle, busy, fin = window_run(work, dock, cams, card_bps, a.files, cap,
                                                     a.idle_s, a.trace_stalls, a.in_process)
            bound = min(cams * a.card_mbps, fl)
            direct = results.get(cams)
            vs = (f"; window/direct {run.mbps / direct[-1][0].mbps:.2f}" if direct else "")
            label = ("default setting" if cap is None else f"{cap} at once")
            print(f"window ({label}), {cams} cameras docked: {run.nbytes / 1e6:.0f} MB in "
                  f"{run.wall:.1f} s from dock to all done = {run.mbps:.1f} MB/s; bound "
                  f"min({cams} x {a.card_mbps:g}, floor {fl:.0f}) = {bound:.1f} MB/s; "
                  f"aggregate/bound {run.mbps / bound:.2f}{vs}; at most {busy} downloads at "
                  f"once; cameras done at {', '.join(f'{x:.1f}' for x in fin)} s; "
                  f"{run.cpu_text(cores)}", flush=True)
            tail = "" if cap is None else f" [max_parallel_downloads = {cap}]"
            stall_lines.append(f"dock: longest stall during {cams} cameras = {stall.late:.0f} ms "
                               f"(idle window {idle.late:.0f} ms){tail}")
        for line in stall_lines:
            print(line)
        runs = results.get(cams, [])
        if runs:
            ratios = sorted(run.mbps / bound for run, bound in runs)
            print(f"dock: aggregate/bound = {ratios[len(ratios) // 2]:.2f}", flush=True)
    del app
    return 0


if __name__ == "__main__":
    rc = main()
    sys.stdout.flush()
    os._exit(rc)  # skip interpreter teardown (PySide6 aborts at exit, see bench/gui_stall.py)
