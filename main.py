"""Start the Dalel desktop program: ``python main.py`` (or ``python main.py --demo``)."""

import sys

from app.gui_main import main

if __name__ == "__main__":
    sys.exit(main())
