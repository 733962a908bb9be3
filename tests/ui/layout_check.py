"""Find text that does not fit its widget (clipped labels, buttons, check boxes, combo items)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QScrollArea, QWidget


class PseudoTranslator(QTranslator):
    """Stretches every string by about 40% (Vorta's trick) to catch layouts that break in longer languages."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        extra = max(1, round(len(source) * 0.4))
        if len(source) <= 12:  # short labels: one longer word, as a real translation would be
            return f"[{source}{'~' * extra}]"
        pad = " ".join(["~~~~"] * max(1, extra // 5))  # long text: extra words that can wrap
        return f"[{source} {pad}]"

    def isEmpty(self):
        return False


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def clipped_widgets(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget, root):
            continue
        fm = widget.fontMetrics()
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"scroll area {widget.objectName() or type(widget.parent()).__name__!r}: content is "
                            f"{widget.horizontalScrollBar().maximum()}px wider than the view")
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            needed = max(fm.horizontalAdvance(line) for line in widget.text().splitlines() or [""])
            if needed > widget.contentsRect().width() + 1:
                problems.append(f"label {widget.objectName() or widget.text()[:30]!r}: needs {needed}px, "
                                f"has {widget.contentsRect().width()}px")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"wrapped label {widget.objectName()!r}: needs {needed}px high, has {widget.height()}px")
        elif isinstance(widget, (QAbstractButton,)) and widget.text():
            hint = widget.sizeHint().width()
            if hint > widget.width() + 1:
                problems.append(f"{type(widget).__name__} {widget.objectName() or widget.text()[:30]!r}: needs "
                                f"{hint}px, has {widget.width()}px")
        elif isinstance(widget, QComboBox) and widget.currentText():
            needed = fm.horizontalAdvance(widget.currentText()) + 30
            if needed > widget.width() + 1:
                problems.append(f"combo {widget.objectName()!r}: needs {needed}px, has {widget.width()}px")
    return problems
