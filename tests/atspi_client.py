"""An AT-SPI client (what screen readers such as Orca use) that reads SafeSteps' accessibility tree.

Runs under the system Python with python3-pyatspi (Debian), not in the venv:
    /usr/bin/python3 tests/atspi_client.py APP_NAME TIMEOUT_SECONDS [WAIT_FOR_NAME]
Waits until the app is on the accessibility bus (and, if given, shows a node named WAIT_FOR_NAME).
Prints one JSON object: {"app": name or null, "nodes": [[depth, role, name, description, showing], …]}.
"""

import json
import sys
import time

import pyatspi


def find_app(name: str, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:  # wait until the app has registered on the accessibility bus
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == name and child.childCount:
                return child
        time.sleep(0.2)
    return None


def walk(node, depth, rows):
    if node is None or depth > 60:
        return
    try:
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        rows.append([depth, node.getRoleName(), node.name or "", node.description or "", showing])
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that vanished meanwhile
        return
    for child in children:
        walk(child, depth + 1, rows)


def main() -> int:
    timeout = float(sys.argv[2])
    deadline = time.monotonic() + timeout
    wanted = sys.argv[3] if len(sys.argv) > 3 else None
    app = find_app(sys.argv[1], timeout)
    rows = []
    while app is not None:
        rows = []
        walk(app, 0, rows)
        if wanted is None or any(r[2] == wanted and r[4] for r in rows) or time.monotonic() > deadline:
            break
        time.sleep(0.2)  # the window is still being built
    print(json.dumps({"app": app.name if app else None, "nodes": rows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
