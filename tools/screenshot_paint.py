"""Screenshot for docs/classroom-paint.md: paint three classes on an empty plane, train, grab the window and
the OUTPUT dock.  Usage: QT_QPA_PLATFORM=offscreen python tools/screenshot_paint.py docs/images/classroom-paint.png"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
app = QApplication([])
from mlp_studio.ui.main_window import MainWindow
out = sys.argv[1]
w = MainWindow(settings=QSettings("/tmp/shot.ini", QSettings.Format.IniFormat))
w.confirm = lambda a, b: True
w.resize(1440, 880)
w.show()
def pump(t=0.3):
    end = time.time() + t
    while time.time() < end:
        app.processEvents(); time.sleep(0.01)
pump(1.0)
tool, bar = w.paint, w.paint_bar
bar.paint.setChecked(True)
bar.clear.click()
vp = w.output_panel.boundary.viewport()
def stroke(label, path):
    bar.set_label(label)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tool.widget_point(*path[0]))
    for x, y in path[1:]:
        QTest.mouseMove(vp, tool.widget_point(x, y)); pump(0.01)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tool.widget_point(*path[-1]))
    pump(0.3)
import numpy as np
t = np.linspace(0, 1, 25)
bar.brush.setValue(8)
stroke(0, list(zip(-4.5 + 3 * t, -3.5 + 0.5 * np.sin(6 * t))))
stroke(0, list(zip(-4.0 + 2 * t, -1.5 - 1 * t)))
stroke(1, list(zip(1.0 + 3.5 * t, -3.5 + 2.5 * t)))
stroke(1, list(zip(3.0 + 1.5 * t, -4.5 + 1 * t)))
stroke(2, list(zip(-3 + 5 * t, 3.0 + 1.5 * np.sin(5 * t))))
stroke(2, list(zip(-1 + 2 * t, 1.0 + 1.5 * t)))
print("points", len(w.spec.dataset.points), "classes", w.dataset.class_names, w.spec.network.output, "steps", w.design.stack.count())
mode = sys.argv[2] if len(sys.argv) > 2 else "train"
if mode == "train":
    w.hyper_panel.epochs.setValue(300)
    w.actions.play.trigger()
    for _ in range(600):
        pump(0.05)
        if w.controller.state == "finished": break
    pump(0.5)
    print("state", w.controller.state, "acc", w.last_snapshot.evaluation.train_metric, w.last_snapshot.evaluation.test_metric)
tool._show_cursor(0.5, -0.5)
pump(0.2)
w.grab().save(out)
w.output_panel.grab().save(out.replace(".png", "-output.png"))
w.close(); w.controller.shutdown(2000)
