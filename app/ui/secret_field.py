"""A password or PIN field that never puts what is typed on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit


class SecretLineEdit(QLineEdit):
    def __init__(self, object_name: str):
        super().__init__()
        self.setObjectName(object_name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no Copy / Cut menu
        self.setDragEnabled(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)  # pinyin input works

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            event.ignore()  # even when shown, the text never reaches the clipboard (or its history)
            return
        super().keyPressEvent(event)

    def set_shown(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def wipe(self) -> None:
        self.clear()
        self.setEchoMode(QLineEdit.EchoMode.Password)
