"""Small shared widgets: big buttons, wrapped labels, the message banner."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget


def wrapped_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


def big_button(object_name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    button.setProperty("big", True)
    button.setMinimumHeight(48)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


class ScrollBody(QWidget):
    """The widget inside a page's scroll area. Its height comes from heightForWidth at the real
    width: the minimum height a layout adds up from narrow word-wrapped texts would leave a long
    empty space under the content, or cut wrapped labels short."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), 0)


def scrolling(body: QWidget) -> QScrollArea:
    """A frameless vertical scroll area around a page's body."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


class WrapButton(QPushButton):
    """A push button whose long text wraps onto several lines (quiz answers at 200% text)."""

    def __init__(self, object_name: str = ""):
        super().__init__()
        if object_name:
            self.setObjectName(object_name)
        self.setProperty("big", True)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self._label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._label.setText(text)
        super().setText("")
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._label.heightForWidth(width - 28) + 20

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(max(self.heightForWidth(self.width() or 400), 48))
        return hint

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(120)
        return hint


class Banner(QFrame):
    """A message inside the window (never a pop-up): problems saving, notices after start."""

    closed = Signal()

    def __init__(self):
        super().__init__()
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = wrapped_label(object_name="bannerText")
        self.close_button = QPushButton()
        self.close_button.setObjectName("bannerClose")
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("OK"))
        self.close_button.setAccessibleName(self.tr("Close this message"))

    def show_message(self, text: str, kind: str = "error") -> None:
        existing = self.label.text()
        self.label.setText(text if not self.isVisible() or existing == text else f"{existing}\n\n{text}")
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setAccessibleName(self.label.text())
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        self.closed.emit()
