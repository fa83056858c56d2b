"""Docked cameras: detection, profiles, drivers. No Qt and no vault access in here.

Service API for the GUI and the demo (see each module's docstring for details):

- :class:`app.devices.watcher.DockWatcher` — ``start()``/``stop()``; thread-safe
  ``events`` queue of :class:`~app.devices.watcher.DockEvent` (``arrived``, ``removed``,
  ``usb_arrived``, ``usb_removed``); ``docked()`` the current volumes; ``rescan()`` one pass.
  Watchdog and USB callbacks come in on foreign threads and only wake one worker; drain the
  queue from a QTimer or a bridge thread that emits a queued signal.
- :class:`app.devices.simulated.SimulatedDock` — ``SimulatedDock(root, clock=...)``,
  ``add_camera(serial, n_files, size, ...)``, ``remove_camera(serial)``, ``backend`` (the
  fake USB bus) and ``resolve`` (volume -> USB device); pass both to ``DockWatcher``.
- :func:`app.devices.profiles.load_profiles` — shipped JSON profiles plus the office's own
  folder (``user_profiles_dir()``); an office adds a camera model without a release.
- :func:`app.devices.drivers.make_driver` — ``mass_storage`` / ``ambarella`` / ``simulated``
  behind one interface (identify, read_clock, set_clock, battery, recordings, wipe,
  findings). ``DockedVolume.driver(backend)`` is the short way.
- :mod:`app.devices.fakeusb` — a ``usb.backend.IBackend`` that speaks the camera protocol,
  for tests and the demo.
- :func:`app.devices.democlip.clip_bytes` / ``write_clip`` — a playable Motion-JPEG MP4
  with a body camera's burned-in label and running time, padded to a size; the simulated
  camera and the demo vault record with it (Pillow only, no external tool).

What needs the vault (who holds the camera, the download, the wipe) is in :mod:`app.ingest`.
"""
