"""The look: large readable text, big buttons, clear focus."""

BASE_POINT_SIZE = 12

STYLE = """
QLabel#pageHeading { font-size: %(h1)dpt; font-weight: bold; }
QLabel#stepTitle { font-size: %(h1)dpt; font-weight: bold; }
QLabel#cardTitle { font-size: %(h2)dpt; font-weight: bold; }
QLabel[heading="true"] { font-weight: bold; margin-top: 6px; }
QLabel#changedNotice { background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px; }
QLabel#stepSources { color: #444; font-size: %(small)dpt; }
QPushButton[big="true"] { padding: 8px 18px; font-size: %(big)dpt; }
QPushButton#doneButton { background: #1d6b2f; color: white; font-weight: bold; border-radius: 4px; }
QPushButton#doneButton:disabled { background: #7a9a80; }
QFrame[card="true"] { border: 1px solid #b8b8b8; border-radius: 6px; }
QFrame#banner[kind="error"] { background: #fde2e1; border: 1px solid #b3261e; }
QFrame#banner[kind="info"] { background: #e3f1ff; border: 1px solid #1d5fa8; }
QProgressBar { min-height: 14px; }
*:focus { outline: 2px solid #1d5fa8; }
QPushButton:focus { border: 3px solid #1d5fa8; }
"""


def stylesheet(point_size: int = BASE_POINT_SIZE) -> str:
    return STYLE % {"h1": round(point_size * 1.5), "h2": round(point_size * 1.2), "big": round(point_size * 1.1),
                    "small": max(point_size - 2, 9)}
