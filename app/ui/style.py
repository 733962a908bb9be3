"""The look: large readable text, big buttons, clear focus; a text-size scale and a high-contrast theme.

Everything scales from one base point size, so a text size of 200% doubles every font and the
layouts (which are all font-driven) grow with it. Applied live: no restart.
"""

from __future__ import annotations

BASE_POINT_SIZE = 12
TEXT_SCALES = (100, 125, 150, 175, 200)

NORMAL = {
    "text": "#1a1a1a", "muted": "#444444", "window": "#f4f4f4", "base": "#ffffff", "border": "#9a9a9a",
    "accent": "#1d5fa8", "done_bg": "#1d6b2f", "done_fg": "#ffffff", "notice_bg": "#fff3cd",
    "notice_fg": "#5c4400", "error_bg": "#fde2e1", "error_border": "#b3261e", "info_bg": "#e3f1ff",
    "button_bg": "#e9e9e9", "focus": "#1d5fa8",
}
HIGH_CONTRAST = {
    "text": "#ffffff", "muted": "#ffffff", "window": "#000000", "base": "#000000", "border": "#ffffff",
    "accent": "#ffff00", "done_bg": "#ffff00", "done_fg": "#000000", "notice_bg": "#000000",
    "notice_fg": "#ffff00", "error_bg": "#000000", "error_border": "#ff6b6b", "info_bg": "#000000",
    "button_bg": "#000000", "focus": "#00ffff",
}

STYLE = """
QWidget { color: %(text)s; }
QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget, QStackedWidget { background: %(window)s; }
QLineEdit, QPlainTextEdit, QComboBox, QComboBox QAbstractItemView {
    background: %(base)s; color: %(text)s; border: 1px solid %(border)s; padding: 4px; }
QLabel#pageHeading, QLabel#stepTitle { font-size: %(h1)dpt; font-weight: bold; }
QLabel#cardTitle { font-size: %(h2)dpt; font-weight: bold; }
QLabel[heading="true"] { font-weight: bold; margin-top: 6px; }
QLabel#changedNotice, QLabel#dueNotice { background: %(notice_bg)s; color: %(notice_fg)s; padding: 6px;
    border: 1px solid %(notice_fg)s; border-radius: 4px; }
QLabel#stepSources { color: %(muted)s; font-size: %(small)dpt; }
QPushButton { background: %(button_bg)s; color: %(text)s; border: 1px solid %(border)s; border-radius: 4px;
    padding: 6px 12px; }
QPushButton:disabled { color: %(muted)s; border-style: dotted; }
QPushButton[big="true"] { padding: 10px 18px; font-size: %(big)dpt; }
QPushButton#doneButton { background: %(done_bg)s; color: %(done_fg)s; font-weight: bold; }
QFrame[card="true"] { border: 1px solid %(border)s; border-radius: 6px; }
QFrame#banner[kind="error"] { background: %(error_bg)s; border: 2px solid %(error_border)s; }
QFrame#banner[kind="info"] { background: %(info_bg)s; border: 2px solid %(accent)s; }
QProgressBar { border: 1px solid %(border)s; background: %(base)s; min-height: %(bar)dpx; }
QProgressBar::chunk { background: %(accent)s; }
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QCheckBox:focus {
    border: 3px solid %(focus)s; }
QCheckBox:focus { border-radius: 3px; }
QMenu::item { padding: 6px 32px 6px 32px; }
QMenu::item:selected { background: %(accent)s; color: %(window)s; }
QMenu::item:disabled { color: %(muted)s; }
StepPage[together="true"] QLabel#stepTitle { font-size: %(together_h1)dpt; }
StepPage[together="true"] QLabel { font-size: %(together)dpt; }
StepPage[together="true"] QPushButton[big="true"] { font-size: %(together)dpt; padding: 18px 24px; }
"""


def point_size(scale_percent: int) -> int:
    return round(BASE_POINT_SIZE * scale_percent / 100)


def stylesheet(scale_percent: int = 100, high_contrast: bool = False) -> str:
    size = point_size(scale_percent)
    colours = HIGH_CONTRAST if high_contrast else NORMAL
    return STYLE % dict(colours, h1=round(size * 1.5), h2=round(size * 1.2), big=round(size * 1.1),
                        small=max(size - 2, 9), bar=max(14, size), together=round(size * 1.6),
                        together_h1=round(size * 2.2))


def apply(app, scale_percent: int = 100, high_contrast: bool = False) -> None:
    """Apply a text size and theme to the whole application, live."""
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    font.setPointSize(point_size(scale_percent))
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale_percent, high_contrast))
