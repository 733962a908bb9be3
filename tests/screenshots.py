"""Save screenshots of the main views in every language, for people to look at.

    .venv/bin/python tests/screenshots.py OUT_DIR [--scale 200] [--real-x]

Offscreen by default; --real-x uses the X server in $DISPLAY (e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--languages", default="zh_CN,zh_TW,en")
    parser.add_argument("--real-x", action="store_true")
    parser.add_argument("--all-checklists", action="store_true", help="one shot per checklist's first step")
    args = parser.parse_args()
    if not args.real_x:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from PySide6.QtWidgets import QApplication

    from app.core.profiles import NewProfile
    from app.ui.app import build_main_window, create_application

    app = create_application()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(window, name):
        for _ in range(3):
            app.processEvents()
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    for language in args.languages.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            window = build_main_window(Path(tmp))
            window.set_text_scale(args.scale)
            window.resize(1000, 760)
            window.show()
            window.welcome.form.language.setCurrentIndex(["zh_CN", "zh_TW", "en"].index(language))
            tag = f"{language}-{args.scale}"
            shot(window, f"{tag}-welcome")
            window.session.create_profile(NewProfile({"zh_CN": "妈妈", "zh_TW": "媽媽", "en": "Mum"}[language],
                                                     {"zh_CN": "CN", "zh_TW": "TW", "en": "OTHER"}[language],
                                                     ("iphone", "huawei"), language))
            shot(window, f"{tag}-overview")
            checklists = window.session.content.checklists if args.all_checklists else window.session.content.checklists[:1]
            for checklist in checklists:
                window.open_checklist(checklist.id)
                shot(window, f"{tag}-step-{checklist.id}")
            window.run_action("code-quiz")
            shot(window, f"{tag}-quiz")
            page = window.quiz_page
            page.answer(0)
            shot(window, f"{tag}-quiz-answered")
            for tool in ("password-checker", "pin-checker", "key-numbers", "harassment-log", "handout"):
                window.run_action(tool)
                if tool == "password-checker":
                    page = window.tools[tool]
                    page.field.setText("zhangwei1985")
                    page.check_now()
                    while page.last_result is None:
                        app.processEvents()
                shot(window, f"{tag}-{tool}")
            window.together_action.trigger()
            shot(window, f"{tag}-together")
            window.set_together(False)
            window.session.store.close()
            window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
