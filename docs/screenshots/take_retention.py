"""Screenshots of the head's Retention tab (R9) in Kazakh and Russian, on a demo vault a
year and a week after its footage was downloaded (the officer has confirmed the date).

Run under a real X server (Xvfb), e.g.::

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_retention.py

``--strings FILE`` (a JSON list of {context, source, kk, ru}) adds translations not yet in
resources/translations: they are merged into temporary copies of the catalogues.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scene import OUT, application, close, demo_vault, shoot, window  # noqa: E402

from app import i18n  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.model import clockwatch, retention, vault  # noqa: E402
from app.ui import i18n_qt  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402

BIN = Path(sys.executable).parent


def catalogues_with(strings: Path, into: Path) -> Path:
    """Temporary .ts/.qm files: the shipped ones, updated from the sources, plus ``strings``."""
    extra = {(s["context"], s["source"]): s for s in json.loads(strings.read_text("utf-8"))}
    sources = [str(p) for p in (ROOT / "app").rglob("*.py")]
    for lang in ("kk", "ru"):
        ts = into / f"dalel_{lang}.ts"
        shutil.copy(ROOT / "resources" / "translations" / f"dalel_{lang}.ts", ts)
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True,
                       capture_output=True)
        tree = ET.parse(ts)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for m in ctx.iter("message"):
                s = extra.get((name, m.findtext("source")))
                if s is None:
                    continue
                tr = m.find("translation")
                assert tr is not None
                tr.attrib.pop("type", None)
                if isinstance(s[lang], list):
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in s[lang]:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = s[lang]
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts)], check=True,
                       capture_output=True)
    return into


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--strings", type=Path)
    args = ap.parse_args()
    app = application()  # noqa: F841 (held to the end)
    if args.strings:
        folder = catalogues_with(args.strings, Path(tempfile.mkdtemp()))
        i18n.translations_dir = lambda: folder                  # type: ignore[assignment]
        i18n_qt.translations_dir = lambda: folder               # type: ignore[assignment]
        i18n._catalogue.cache_clear()
    # The demo's days end on Monday 23 November 2026; a year and a week later, 11:00.
    clock = FakeClock(datetime(2026, 11, 23, 6, 30, tzinfo=UTC))
    _tmp, info = demo_vault(clock)
    clock.set(datetime(2027, 11, 30, 6, 0, tzinfo=UTC))
    officer = vault.unlock(info.path, "officer", info.officer_password, clock)
    clockwatch.confirm(officer, retention.today(officer))
    past = retention.expired(officer)
    officer.footage.mark(past[1].footage_id, "category", "offence", "ӘҚБтК хаттамасы №12")
    officer.lock()
    head = vault.unlock(info.path, "head", info.head_password, clock)
    retention.hold(head, past[0].footage_id, "Сот ісі №2-45 / Судебное дело №2-45")
    head.lock()
    for lang in ("kk", "ru"):
        apply_language(lang)
        win = window(info.path, clock, lang)
        win.open_session(vault.unlock(info.path, "head", info.head_password, clock))
        ws = win.workspace
        ws.setCurrentWidget(ws.retention)
        ws.retention.select_id(past[0].footage_id)
        shoot(win, f"retention-{lang}")
        close(win)
    print("screenshots written to", OUT)


if __name__ == "__main__":
    main()
