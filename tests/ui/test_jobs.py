"""Long work off the GUI thread: progress comes back throttled, stages and the end always."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from app.ui.jobs import Job, JobRunner


def test_progress_is_throttled_but_every_stage_and_the_end_arrive(qtbot):
    got: list[tuple[int, int, str]] = []

    def work(ctl):  # type: ignore[no-untyped-def]
        for i in range(2000):                       # one call per photo, far faster than
            ctl.progress(i, 2000, "copying")        # a window could paint
        ctl.progress(2000, 2000, "copying")
        ctl.progress(0, 1, "committing")
        ctl.progress(1, 1, "done")
        return "ok"

    job = Job(work, "throttle")
    job.progress.connect(lambda d, t, s: got.append((d, t, s)))
    runner = JobRunner(QThreadPool())
    with qtbot.waitSignal(job.finished, timeout=10_000):
        runner.start(job)
    assert got[0] == (0, 2000, "copying")
    assert got[-3:] == [(2000, 2000, "copying"), (0, 1, "committing"), (1, 1, "done")]
    assert len(got) < 200                            # not 2,003
