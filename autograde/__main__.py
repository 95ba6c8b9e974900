"""``python -m autograde`` runs the ``autograde`` command."""

import sys

from .cli import main

sys.exit(main())
