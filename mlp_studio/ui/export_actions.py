"""File ▸ Export: the trained network (NumPy script, ONNX, weights CSV), the loss history (CSV), the window and
each plot (PNG or SVG).

Network exports use the same copy of the run as Save (taken between two training steps), through the Qt-free
:mod:`mlp_studio.files.export`. Plots go through pyqtgraph's ``ImageExporter`` / ``SVGExporter``; the network
canvas (a ``QGraphicsView``) through ``QWidget.grab`` or ``QSvgGenerator``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu

from mlp_studio.errors import MlpStudioError
from mlp_studio.files.export import export_history_csv, export_python, export_weights_csv
from mlp_studio.files.export_onnx import export_onnx
from mlp_studio.i18n import tr, tr_noop
from mlp_studio.ui.actions import strip_mnemonic

IMAGE_FILTER = tr_noop("PNG image (*.png);;SVG image (*.svg)")
#: Plot name -> (menu text, how to find it in the window); the texts are translated where they are shown.
PLOTS = {
    "loss": (tr_noop("&Loss curve…"), lambda w: w.output_panel.curves.loss_plot),
    "accuracy": (tr_noop("&Accuracy / R² curve…"), lambda w: w.output_panel.curves.metric_plot),
    "boundary": (tr_noop("&Decision boundary / output…"), lambda w: output_plot(w)),
    "network": (tr_noop("&Network diagram…"), lambda w: w.network_view),
}
#: Export name -> (menu text, file filter, suffix, writer(project, path, base_dir)).
NETWORK_EXPORTS = {
    "python": (tr_noop("&Python script (NumPy)…"), tr_noop("Python script (*.py)"), ".py",
               lambda project, path, base: export_python(project, path, base_dir=base)),
    "onnx": (tr_noop("&ONNX model…"), tr_noop("ONNX model (*.onnx)"), ".onnx",
             lambda project, path, base: export_onnx(project, path, base_dir=base)),
    "weights": (tr_noop("&Weights as CSV…"), tr_noop("CSV file (*.csv)"), ".csv",
                lambda project, path, base: export_weights_csv(project, path)),
    "history": (tr_noop("Loss &history as CSV…"), tr_noop("CSV file (*.csv)"), "-history.csv",
                lambda project, path, base: export_history_csv(project, path)),
}


def output_plot(window):
    """The plot item of the OUTPUT dock's main picture: the boundary (planar data), else the confusion matrix or
    the predicted-vs-true scatter."""
    panel = window.output_panel
    for widget in (panel.boundary, panel.confusion, panel.scatter):
        if widget.isVisibleTo(panel):
            return widget.getPlotItem()
    return panel.boundary.getPlotItem()


def build_export_menu(menu: QMenu, window) -> None:
    """Fill File ▸ Export with the network, history, window and plot exports of ``window``."""
    for name, (text, *_rest) in NETWORK_EXPORTS.items():
        menu.addAction(tr(text)).triggered.connect(lambda _c=False, n=name: export_network(window, n))
    menu.addSeparator()
    menu.addAction(tr("&Window as PNG…")).triggered.connect(lambda _c=False: export_window(window))
    plots = menu.addMenu(tr("&Plot as PNG / SVG"))
    for name, (text, _find) in PLOTS.items():
        plots.addAction(tr(text)).triggered.connect(lambda _c=False, n=name: export_plot(window, n))
    window.export_menu = menu


def _export_title(menu_text: str) -> str:
    """The save dialog's title for a menu entry: ``Export Loss curve`` (the mnemonic and the ellipsis dropped)."""
    return tr("Export {what}").format(what=strip_mnemonic(menu_text))


def _ask(window, title: str, suffix: str, filters: str) -> Path | None:
    files = window.files
    stem = (files.source.stem if files.source is not None else window.spec.name) or "mlp-studio"
    folder = files.source.parent if files.source is not None else Path.home()
    chosen = files.ask_save_path(title, str(folder / (stem.replace(" ", "-") + suffix)), filters)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix("." + suffix.rsplit(".", 1)[-1])


def export_network(window, name: str, path: str | Path | None = None) -> bool:
    """Export the current network (``python``, ``onnx``, ``weights`` or ``history``); True on success."""
    text, filters, suffix, writer = NETWORK_EXPORTS[name]
    path = Path(path) if path is not None else _ask(window, _export_title(tr(text)), suffix,
                                                  tr(filters))
    if path is None:
        return False
    try:
        project, _state = window.files.current_project()
        writer(project, path, window.base_dir)
    except (MlpStudioError, OSError) as error:
        window.show_error(tr("Export failed"), str(error))
        return False
    window.statusBar().showMessage(tr("Exported {path}").format(path=path), 5000)
    return True


def export_window(window, path: str | Path | None = None) -> bool:
    """Save a picture of the whole window as PNG; True on success."""
    path = Path(path) if path is not None else _ask(window, tr("Export window as PNG"), ".png",
                                                  tr("PNG image (*.png)"))
    if path is None:
        return False
    return _done(window, path, window.grab().save(str(path)))


def export_plot(window, name: str, path: str | Path | None = None) -> bool:
    """Save one plot (``loss``, ``accuracy``, ``boundary``, ``network``) as PNG or SVG (by the suffix)."""
    if path is None:
        path = _ask(window, _export_title(tr(PLOTS[name][0])), f"-{name}.png", tr(IMAGE_FILTER))
    if path is None:
        return False
    path = Path(path)
    svg = path.suffix.lower() == ".svg"
    target = PLOTS[name][1](window)
    try:
        if name == "network":
            ok = _network_svg(target, path) if svg else target.grab().save(str(path))
        else:
            ok = _plot_export(target, path, svg)
    except (OSError, RuntimeError, ValueError) as error:
        window.show_error(tr("Export failed"), f"{path}: {error}")
        return False
    return _done(window, path, ok)


def _plot_export(plot_item, path: Path, svg: bool) -> bool:
    """A pyqtgraph plot through its exporters (SVG: Qt's generator when pyqtgraph's cannot read Qt's paths)."""
    from pyqtgraph.exporters import ImageExporter, SVGExporter

    if svg:
        try:
            SVGExporter(plot_item).export(str(path))
        except (ValueError, IndexError):
            # pyqtgraph 0.14's SVGExporter cannot parse the path data Qt 6.11 writes ("x,y" pairs expected).
            rect = plot_item.sceneBoundingRect()
            _write_svg(path, rect.size().toSize(), lambda painter, target: plot_item.scene().render(
                painter, target, rect))
    else:
        exporter = ImageExporter(plot_item)
        width = max(int(plot_item.sceneBoundingRect().width()), 200)
        exporter.parameters()["width"] = width * 2   # twice the screen size: crisp on slides
        exporter.export(str(path))
    return path.is_file() and path.stat().st_size > 0


def _network_svg(view, path: Path) -> bool:
    """Render the network canvas's visible scene into an SVG file."""
    rect = view.viewport().rect()
    return _write_svg(path, rect.size(), lambda painter, target: view.render(painter, target, rect))


def _write_svg(path: Path, size: QSize, draw) -> bool:
    """Let ``draw(painter, target_rect)`` paint into a new SVG file of ``size`` pixels."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle("MLP Studio")
    painter = QPainter(generator)
    try:
        draw(painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    if not path.is_file():
        return False
    # Empty shapes (a layer pair with no links drawn) come out as d="" paths, which SVG readers warn about.
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'<path[^>]*\sd=""[^>]*/>\s*', "", text), encoding="utf-8")
    return path.stat().st_size > 0


def _done(window, path: Path, ok: bool) -> bool:
    if not ok:
        window.show_error(tr("Export failed"), tr("Could not write {path}.").format(path=path))
        return False
    window.statusBar().showMessage(tr("Exported {path}").format(path=path), 5000)
    return True
