from app.devices.watcher import DockedVolume
from app.ingest.job import IngestJob


def test_smoke(out_and_back, stocked, dock, profiles):
    cam = out_and_back(3, split_parts=2)
    from app.devices.profiles import match_profile
    prof = match_profile(profiles, cam.mount, cam.label, (cam.usb.vid, cam.usb.pid))
    vol = DockedVolume(cam.mount, cam.label, cam.usb_info, prof)
    rep = IngestJob(stocked, vol, backend=dock.backend).run()
    print(rep)
    assert rep.complete and len(rep.stored) == 3
