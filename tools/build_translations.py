#!/usr/bin/env python3
"""Compile resources/i18n/*.ts into mlp_studio/_i18n/*.qm with the lrelease shipped in PySide6.

Run by tools/bootstrap.sh (after the pip install) and tools/build_bundle.sh; run it by hand after editing a .ts
(the app would otherwise compile a stale catalog into its cache folder at start, see docs/i18n.md).
Usage: .venv/bin/python tools/build_translations.py [--check]   (--check: also fail on unfinished strings)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from mlp_studio.ui.translation import COMPILED_DIR, compile_catalog

    catalogs = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not catalogs:
        print("build_translations: no .ts catalog in resources/i18n", file=sys.stderr)
        return 1
    for ts in catalogs:
        try:
            qm = compile_catalog(ts, COMPILED_DIR / (ts.stem + ".qm"))
        except RuntimeError as error:
            print(f"build_translations: {error}", file=sys.stderr)
            return 1
        print(f"build_translations: {ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)} ({qm.stat().st_size:,} bytes)")
    if "--check" in argv:
        sys.path.insert(0, str(ROOT / "tools"))
        import i18n_extract

        return i18n_extract.main(["--check"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
