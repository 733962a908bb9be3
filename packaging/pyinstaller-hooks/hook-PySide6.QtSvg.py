# Overrides PyInstaller's hook for PySide6.QtSvg: the same collection, minus the Qt plugins and translations
# SafeSteps does not ship (allow-list in packaging/buildlib.py).
from buildlib import qt_hook

hiddenimports, binaries, datas = qt_hook(__file__)
