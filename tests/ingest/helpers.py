from __future__ import annotations

from app.devices.profiles import load_profiles, match_profile
from app.devices.watcher import DockedVolume


def volume(cam):
    prof = match_profile(load_profiles(include_user=False), cam.mount, cam.label,
                         (cam.usb.vid, cam.usb.pid))
    return DockedVolume(cam.mount, cam.label, cam.usb_info, prof)
