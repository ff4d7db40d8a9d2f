"""Entry point for ``python -m upr_desktop``."""

import sys

from upr_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
