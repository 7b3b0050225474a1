"""Entry point of the ``mlp-studio`` command.

``mlp-studio [FILE]`` opens the main window (optionally with a project);
``mlp-studio train|render|export ...`` run without a window (see :mod:`mlp_studio.cli`).
"""

from __future__ import annotations

import argparse
import os
import sys

from mlp_studio import __version__

HEADLESS_COMMANDS = ("train", "render", "export")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mlp-studio",
        description="Design a multilayer perceptron, train it live and watch it learn. "
        f"Headless commands: {', '.join(HEADLESS_COMMANDS)} (mlp-studio COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="a project or experiment file to open")
    parser.add_argument("--version", action="version", version=f"mlp-studio {__version__}")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add MLP Studio to this user's application menu and open .mlpstudio files with it "
                             "(Linux), then exit")
    return parser


def run_gui(argv: list[str]) -> int:
    """Start the Qt application and show the main window; return the exit status."""
    args = _gui_parser().parse_args(argv)
    if args.install_desktop:
        from mlp_studio.errors import MlpStudioError
        from mlp_studio.files.desktop import install_desktop

        try:
            install_desktop()
        except MlpStudioError as error:
            print(f"mlp-studio: {error}", file=sys.stderr)
            return 2
        return 0
    problem = _display_problem()
    if problem:
        print(f"mlp-studio: {problem}", file=sys.stderr)
        return 2
    limit_blas_threads()
    # Qt is imported here, not at module level, so headless commands never load it.
    from mlp_studio.ui.application import run_application

    return run_application(args.file)


def limit_blas_threads() -> None:
    """Give BLAS one thread in the GUI (an explicit environment setting wins).

    The training worker and the GUI thread already need both cores of a small machine; a second BLAS thread
    only fights them for it (measured on 2 cores: 784-256-128-10 trained at 735 steps/s with one BLAS thread,
    185 with two, while the machine was busy). Must run before NumPy is first imported.
    """
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def _display_problem() -> str | None:
    """Why no window can open here (Linux without a display), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display found (DISPLAY is not set): run it on a desktop, or under xvfb-run; "
            "`mlp-studio train` and `mlp-studio render` work without a screen")


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a headless command or the GUI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--training-process"]:  # a bundled app started as its own training process
        from mlp_studio.training.child import main as training_process

        return training_process(argv[1:])
    if argv and argv[0] in HEADLESS_COMMANDS:
        from mlp_studio.cli import run_command

        return run_command(argv)
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
