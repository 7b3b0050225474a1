"""Entry point of the PyInstaller bundle (tools/build_bundle.sh): the same as the ``mlp-studio`` command."""

import sys

from mlp_studio.app import main

if __name__ == "__main__":
    sys.exit(main())
