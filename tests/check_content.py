"""Validate some content files on their own: python tests/check_content.py resources/content/02_*.toml"""

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from app.core.content import ContentError, load_content  # noqa: E402
from chinese_script import wrong_script_chars  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    for name in sys.argv[1:]:
        shutil.copy(name, tmp)
    try:
        content = load_content(Path(tmp))
    except ContentError as exc:
        print(exc)
        sys.exit(1)
status = 0
for item in content.items.values():
    for lang in ("zh_CN", "zh_TW"):
        t = item.texts[lang]
        for text in [t.title, t.why, t.confirm, *t.steps, *[s for v in t.steps_for.values() for s in v]]:
            bad = wrong_script_chars(text, lang)
            if bad:
                status = 1
                print(f"{item.id} ({lang}): wrong-script characters {''.join(bad)} in: {text}")
for c in content.checklists:
    print(f"{c.source_file}: {c.id}: {len(c.sections)} sections, {len(c.items)} items")
sys.exit(status)
