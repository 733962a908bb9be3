"""Text size, high contrast, "Do it together" and re-check reminders."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest_helpers import create_first_profile


def test_text_size_applies_to_the_whole_app_and_is_remembered(qtbot, make_window, tmp_path):
    window = make_window()
    create_first_profile(qtbot, window)
    normal = window.overview.heading.fontInfo().pointSize()
    window.text_size_actions[200].trigger()
    assert QApplication.instance().font().pointSize() == 24
    assert window.overview.heading.fontInfo().pointSize() >= 2 * normal - 1
    window.close()
    QApplication.instance().setFont(QApplication.instance().font())  # a restart starts from the stored setting
    again = make_window(tmp_path / "data")
    assert again.text_size_actions[200].isChecked()
    assert QApplication.instance().font().pointSize() == 24
    again.text_size_actions[100].trigger()
    assert QApplication.instance().font().pointSize() == 12


def test_high_contrast_theme(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    window.contrast_action.trigger()
    assert "#ffff00" in QApplication.instance().styleSheet()
    assert window.session.setting("high_contrast") == "1"
    window.contrast_action.trigger()
    assert "#ffff00" not in QApplication.instance().styleSheet()


def test_do_it_together_is_full_screen_with_big_text_and_no_helper_notes(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    window.session.set_state("sample.backup", "done")
    window.step.save_note()
    window.together_action.trigger()  # from the overview: opens the first unfinished step
    assert window.pages.currentWidget() is window.step and window.step.current().id == "sample.iphone-only"
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.step.note.isVisible() and not window.step.sources.isVisible()
    assert not window.menuBar().isVisible()
    window.session.reload()  # what activating the window does: the profile bar must stay hidden
    assert not window.profile_bar.isVisible()
    assert window.step.title.fontInfo().pointSize() >= 24
    qtbot.mouseClick(window.step.done, Qt.MouseButton.LeftButton)
    assert window.session.progress()["sample.iphone-only"].state == "done"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.step.note.isVisible() and window.menuBar().isVisible()


def test_due_steps_are_shown_on_start_per_profile(qtbot, make_window, tmp_path):
    window = make_window()
    create_first_profile(qtbot, window)
    store = window.session.store
    pid = window.session.profile.id
    long_ago = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=200)).isoformat(timespec="seconds")
    store.set_state(pid, "sample.mainland-only", "done", 1)  # repeats every 180 days
    with store.transaction() as conn:
        conn.execute("UPDATE progress SET changed_at = ? WHERE item_id = 'sample.mainland-only'", (long_ago,))
    window.close()
    again = make_window(tmp_path / "data")
    assert again.banner.isVisible() and "Mum: steps to do again: 1" in again.banner.label.text()
    box = again.overview.due_box
    assert box.due_label.isVisible() and [b.objectName() for b in box.item_buttons] == ["due_sample.mainland-only"]
    assert "Not reviewed yet" in box.reviewed.text()
    qtbot.mouseClick(box.item_buttons[0], Qt.MouseButton.LeftButton)
    assert again.pages.currentWidget() is again.step and again.step.current().id == "sample.mainland-only"
    qtbot.mouseClick(again.step.done, Qt.MouseButton.LeftButton)  # done again today: no longer due
    qtbot.mouseClick(box.review_button, Qt.MouseButton.LeftButton)
    assert "Last reviewed:" in box.reviewed.text()
    assert not box.item_buttons
