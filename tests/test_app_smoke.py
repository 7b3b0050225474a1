"""The launch command opens a real main window."""

from mlp_studio import app


def test_main_window_opens(qtbot):
    from mlp_studio.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.windowTitle().startswith("MLP Studio")


def test_version_flag(capsys):
    try:
        app.main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert "mlp-studio" in capsys.readouterr().out
