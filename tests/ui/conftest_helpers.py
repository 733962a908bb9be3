"""Shared steps for UI tests."""

from PySide6.QtCore import Qt


def create_first_profile(qtbot, window, name="Mum", platforms=("iphone",), region_index=0):
    form = window.welcome.form
    form.name.setText(name)
    form.region.setCurrentIndex(region_index)
    for platform in platforms:
        form.platform_boxes[platform].setChecked(True)
    qtbot.mouseClick(window.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.overview)
