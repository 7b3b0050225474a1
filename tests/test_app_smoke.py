"""The launch command opens a real main window."""

from mlp_studio import app


def test_main_window_opens(qtbot):
    from mlp_studio.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.windowTitle().endswith("— MLP Studio")
    window.close()


def test_version_flag(capsys):
    try:
        app.main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert "mlp-studio" in capsys.readouterr().out


def test_no_display_gives_one_line(monkeypatch, capsys):
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mlp-studio: no display found") and len(err.strip().splitlines()) == 1
