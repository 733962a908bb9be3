"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 lowers None's reference count on
every call of a method returning nothing (and of Python overrides such as changeEvent), so the app
aborts with "deallocating None" after a few thousand widget updates. The lock pins a good release."""

import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Override(QWidget):
    def changeEvent(self, event):  # noqa: N802
        super().changeEvent(event)


def test_calls_do_not_leak_references_to_none():
    QApplication.instance() or QApplication([])
    label, widget = QLabel(), Override()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.hide()
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert sys.getrefcount(None) - before > -100  # a broken binding loses 1,500 here
