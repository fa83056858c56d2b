"""Footage into the vault: download, verify, wipe, reconcile, gaps (R1, R4, R8, R13–R16).

Service API for the GUI, the CLI and the demo:

- :func:`app.ingest.service.describe` ``(session, volume, backend)`` -> ``DockedCamera``
  (inventory number or ``needs_registration`` (R4), holder, clock offset, battery,
  findings such as a factory-default password, recordings waiting).
- :class:`app.ingest.job.IngestJob` ``.from_volume(session, volume, ...)`` or
  ``.from_folder(session, folder, ...)`` (``camera=None, progress=cb, cancel_event=None,
  wipe=None``): ``prepare()``, ``run()`` -> ``IngestReport``, ``cancel()`` from any thread.
  Run it on a worker thread; ``progress`` is called there. Its stages share one
  :class:`app.ingest.run_state.RunState` (see app/ingest/job.py).
- :func:`app.ingest.wipe.verified_wipe` ``(session, driver, camera)`` — only after every
  card file is proved to be in the vault (R1, R14); ask the officer first. Journals a
  "wipe" intent (count, list digest) BEFORE deleting and the outcome after (``phase``
  "done" / "partial"); raises ``WipeIncomplete`` (a ``DalelError``) when some verified
  files could not be deleted. An interrupted wipe is finished at the camera's next docking
  (``IngestJob.run`` / ``verified_wipe`` call ``finish_interrupted``); ``pending_wipes``
  lists them and ``interrupted_message(item)`` words one.
- :func:`app.ingest.service.set_camera_clock` ``(session, driver, camera)`` — at issue (R1).
- :func:`app.ingest.reconcile.reconcile` ``(session)`` — call right after unlock; its
  report's ``interrupted_wipes`` / ``messages()`` tell of wipes cut short (show them).
- :func:`app.ingest.gaps.find_gaps` / ``store_gaps`` ``(session, custody_id)`` (R13, R15).
"""
