# Overrides PyInstaller's hook for PySide6.QtNetwork: the same collection, minus the Qt plugins and translations
# SafeSteps does not ship (allow-list in packaging/buildlib.py). Unlike the upstream hook it does not collect
# OpenSSL: SafeSteps never goes on the network (QtNetwork would only be there for local sockets).
from buildlib import qt_hook

hiddenimports, binaries, datas = qt_hook(__file__)
