"""``python -m mlp_studio`` behaves like the ``mlp-studio`` command."""

import sys

from mlp_studio.app import main

sys.exit(main())
