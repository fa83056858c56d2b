"""Start the Dalel desktop program: ``python main.py`` (or ``python main.py --demo``)."""

import multiprocessing
import sys

from app.gui_main import main

if __name__ == "__main__":
    # The downloads' copying process (app/ingest/copier.py) is started with "spawn"; in a
    # PyInstaller bundle the child is this program again and must be told apart here.
    multiprocessing.freeze_support()
    sys.exit(main())
