"""The DATA panel: which data set, how much noise, the split, the seed, the input features, CSV import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QStyle, QVBoxLayout, QWidget)

from mlp_studio.errors import MlpStudioError
from mlp_studio.data import DATASET_NAMES, FEATURE_NAMES, DatasetSpec, dataset_info, read_csv_header
from mlp_studio.i18n import tr, tr_marked

CSV_ITEM = "csv"
#: How the data set names read in the list (translated where shown; the data keeps the name).
DATASET_LABELS = {"xor": "XOR", "circle": "circle", "gaussians": "gaussians", "spiral": "spiral",
                  "moons": "moons", "xor4": "XOR (4 points)", "plane": "plane", "gaussian_hills": "gaussian hills",
                  "painted": "painted", "iris": "iris", "wine": "wine", "breast_cancer": "breast cancer",
                  "digits": "digits"}
#: The task choices of the CSV dialog: (label, task).
TASKS = (("decide from the column", None), ("classification", "classification"), ("regression", "regression"))


def error_label() -> QLabel:
    """A word-wrapped label for in-place error messages (hidden until used)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { background: #FFF3E0; color: #4E342E; border: 1px solid #F59322;"
                        " border-radius: 4px; padding: 6px; }")
    label.hide()
    return label


class CsvTargetDialog(QDialog):
    """Pick which CSV column the network should predict (and, optionally, the task)."""

    def __init__(self, path: str, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import CSV"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("<b>{file}</b>: {n} columns").format(file=Path(path).name, n=len(columns))))
        self.target = QComboBox()
        self.target.addItems(list(columns))
        self.target.setCurrentIndex(len(columns) - 1)
        self.task = QComboBox()
        for text, value in TASKS:
            self.task.addItem(tr(text), value)
        form.addRow(tr("Target column"), self.target)
        form.addRow(tr("Task"), self.task)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str | None]:
        """The chosen ``(target column, task or None)``."""
        return self.target.currentText(), self.task.currentData()


class DataPanel(QWidget):
    """Edits a :class:`DatasetSpec`; emits :attr:`changed` after every user edit.

    ``choose_csv`` and ``choose_target`` are replaceable callables (tests swap them for the file dialogs).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = DatasetSpec(name="xor")
        self.choose_csv = self._ask_csv_file
        self.choose_target = self._ask_target
        # callable giving (points, extent) to start "painted" from (ui/paint_tool.py)
        self.painted_start = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.dataset = QComboBox()
        for name in DATASET_NAMES:
            if name != CSV_ITEM:
                self.dataset.addItem(tr(DATASET_LABELS.get(name, name)), name)
        self.dataset.setToolTip(tr("The data the network learns from"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.dataset)
        layout.addWidget(self.description)
        layout.addLayout(self._build_form())
        layout.addWidget(self._build_features())
        buttons = QHBoxLayout()
        self.regenerate = QPushButton(tr("Regenerate"))
        self.regenerate.setToolTip(tr("Draw a new sample of the same data set (next data seed)"))
        self.import_csv = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
                                      tr("Import CSV…"))
        self.import_csv.setToolTip(tr("Train on your own table: numeric columns and one target column"))
        buttons.addWidget(self.regenerate)
        buttons.addWidget(self.import_csv)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.dataset.currentIndexChanged.connect(self._on_dataset_chosen)
        self.regenerate.clicked.connect(self._on_regenerate)
        self.import_csv.clicked.connect(self._on_import_csv)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.noise = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.5, singleStep=0.05)
        self.noise.setToolTip(tr("How noisy the data is, 0 to 0.5 (TensorFlow Playground's noise slider / 100): "
                                 "labels flipped near the boundary, or wider blobs and scatter"))
        self.samples = QSpinBox(minimum=4, maximum=100_000, singleStep=50)
        self.samples.setToolTip(tr("How many points are generated"))
        self.test_percent = QSpinBox(minimum=0, maximum=90, singleStep=5, suffix=" %")
        self.test_percent.setToolTip(tr("Share of the points held out to test the network (hollow points)"))
        self.seed = QSpinBox(minimum=0, maximum=999_999)
        self.seed.setToolTip(tr("Seed of the generator and the split: same seed, same data"))
        for box in (self.noise, self.samples, self.test_percent, self.seed):
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._emit)
        form.addRow(tr("Noise"), self.noise)
        form.addRow(tr("Samples"), self.samples)
        form.addRow(tr("Test share"), self.test_percent)
        form.addRow(tr("Data seed"), self.seed)
        self.form = form
        return form

    def _build_features(self) -> QGroupBox:
        box = QGroupBox(tr("Input features"))
        box.setToolTip(tr("What the network sees of each point (x1, x2) of the plane"))
        grid = QGridLayout(box)
        self.features: dict[str, QCheckBox] = {}
        for i, name in enumerate(FEATURE_NAMES):
            check = QCheckBox(name)
            check.toggled.connect(self._on_feature_toggled)
            grid.addWidget(check, i // 3, i % 3)
            self.features[name] = check
        self.features_box = box
        return box

    # -- spec in/out --------------------------------------------------------------------------------------
    def dataset_spec(self) -> DatasetSpec:
        """The data set as currently shown."""
        name = self.dataset.currentData()
        features = tuple(n for n in FEATURE_NAMES if self.features[n].isChecked()) or self._spec.features
        points = self._spec.points if name == "painted" else None  # points and extent belong to painted only
        extent = self._spec.extent if name == "painted" else None
        if name == "painted" and points is None and self.painted_start is not None:
            points, extent = self.painted_start()
        return replace(self._spec, name=name, noise=self.noise.value(), samples=self.samples.value(),
                       test_fraction=self.test_percent.value() / 100.0, seed=self.seed.value(),
                       features=features, points=points, extent=extent)

    def set_dataset_spec(self, spec: DatasetSpec) -> None:
        """Show ``spec`` without emitting :attr:`changed`."""
        self._spec = spec
        widgets = [self.dataset, self.noise, self.samples, self.test_percent, self.seed, *self.features.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._select_name(spec)
            self.noise.setValue(spec.noise)
            self.samples.setValue(spec.samples)
            self.test_percent.setValue(round(spec.test_fraction * 100))
            self.seed.setValue(spec.seed)
            for name, check in self.features.items():
                check.setChecked(name in spec.features)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_enabled()

    def _select_name(self, spec: DatasetSpec) -> None:
        index = self.dataset.findData(spec.name)
        if spec.name == CSV_ITEM:
            label = tr("CSV: {file}").format(file=Path(spec.path or "file").name)
            if index < 0:
                self.dataset.addItem(label, CSV_ITEM)
                index = self.dataset.count() - 1
            self.dataset.setItemText(index, label)
        self.dataset.setCurrentIndex(max(index, 0))

    def _update_enabled(self) -> None:
        name = self.dataset.currentData()
        info = dataset_info(name)
        synthetic = info.kind == "synthetic"
        for widget in (self.noise, self.samples):
            widget.setEnabled(synthetic)
        self.regenerate.setEnabled(synthetic)
        self.features_box.setVisible(info.is_planar)  # real and CSV sets use their own columns
        text = tr_marked(info.description)  # marked with tr_noop in mlp_studio/data/registry.py
        if name == CSV_ITEM and self._spec.path:
            text = tr("{file}, predicting column “{column}”.").format(file=Path(self._spec.path).name,
                                                                  column=self._spec.target)
        self.description.setText(text)

    # -- errors -------------------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Show ``message`` under the controls (a data or spec problem)."""
        self.error.setText(f"⚠ {message}")
        self.error.show()

    def clear_error(self) -> None:
        """Hide the error message."""
        self.error.hide()
        self.error.clear()

    # -- user edits ---------------------------------------------------------------------------------------
    def _emit(self, *_args) -> None:
        self._update_enabled()
        self.changed.emit()

    def _on_dataset_chosen(self, _index: int) -> None:
        self._emit()

    def _on_feature_toggled(self, _checked: bool) -> None:
        if not any(check.isChecked() for check in self.features.values()):
            sender = self.sender()
            sender.blockSignals(True)
            sender.setChecked(True)  # the network needs at least one input
            sender.blockSignals(False)
            return
        self._emit()

    def _on_regenerate(self) -> None:
        self.seed.setValue(self.seed.value() + 1)  # emits changed

    def _on_import_csv(self) -> None:
        path = self.choose_csv()
        if not path:
            return
        try:
            columns = read_csv_header(path)
        except (MlpStudioError, OSError) as error:  # shown in place, the current data stays
            self.show_error(str(error))
            return
        picked = self.choose_target(path, columns)
        if picked is None:
            return
        target, task = picked
        self.set_dataset_spec(replace(self.dataset_spec(), name=CSV_ITEM, path=str(Path(path).resolve()),
                                      target=target, task=task, points=None))
        self.changed.emit()

    def _ask_csv_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import CSV"), "",
                                              tr("CSV files (*.csv *.txt);;All files (*)"))
        return path

    def _ask_target(self, path: str, columns: tuple[str, ...]) -> tuple[str, str | None] | None:
        dialog = CsvTargetDialog(path, columns, self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
