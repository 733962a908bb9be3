"""Click through the real flows: first run, ticking steps, restart, profiles, export/import, errors."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.profiles import NewProfile
from conftest_helpers import create_first_profile


def test_first_run_welcome_is_inside_the_window(make_window):
    window = make_window()
    assert "SafeSteps" in window.windowTitle()
    assert window.pages.currentWidget() is window.welcome
    assert QApplication.activeModalWidget() is None  # no dialog before the window
    assert not window.profile_bar.isVisible()


def test_ticks_are_saved_at_once_and_survive_a_restart(qtbot, make_window, tmp_path):
    window = make_window()
    create_first_profile(qtbot, window)
    assert window.windowTitle() == "SafeSteps — Mum"
    qtbot.mouseClick(window.overview.cards[0].open, Qt.MouseButton.LeftButton)
    step = window.step
    assert window.pages.currentWidget() is step and step.current().id == "sample.backup"
    assert "Tap Back Up Now." in step.steps.text()  # the iPhone's own steps
    assert step.section_progress.text() == "In this part: 0 of 2 steps finished"
    qtbot.mouseClick(step.done, Qt.MouseButton.LeftButton)
    assert step.current().id == "sample.iphone-only"
    assert step.section_progress.text() == "In this part: 1 of 2 steps finished"
    qtbot.keyClicks(step.note, "asked Li Wei to help")
    qtbot.mouseClick(step.later, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.na, Qt.MouseButton.LeftButton)

    # Without closing the window, a fresh connection sees every tick and the note.
    from app.core.store import Store

    other = Store.open(tmp_path / "data")
    saved = other.progress(other.profiles()[0].id)
    other.close()
    assert {k: v.state for k, v in saved.items()} == {
        "sample.backup": "done", "sample.iphone-only": "later", "sample.mainland-only": "na"}
    assert saved["sample.iphone-only"].note == "asked Li Wei to help"

    window.close()
    again = make_window(tmp_path / "data")
    assert again.pages.currentWidget() is again.overview and again.session.profile.name == "Mum"
    card = again.overview.cards[0]
    assert card.count.text() == "2 of 4 steps finished"
    qtbot.mouseClick(card.open, Qt.MouseButton.LeftButton)
    assert again.step.current().id == "sample.iphone-only"  # the first one still open ("later")
    assert again.step.note.toPlainText() == "asked Li Wei to help"


def test_back_and_overview_navigation(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    window.open_checklist("sample")
    step = window.step
    assert not step.back.isEnabled()
    qtbot.mouseClick(step.done, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.back, Qt.MouseButton.LeftButton)
    assert step.current().id == "sample.backup" and "Done" in step.meta.text()
    qtbot.mouseClick(step.overview_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.overview


def test_items_for_other_phones_and_regions_are_hidden(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window, name="Dad", platforms=("huawei",), region_index=1)  # Hong Kong
    assert window.overview.cards[0].count.text() == "0 of 2 steps finished"
    window.open_checklist("sample")
    assert [i.id for i in window.step.items] == ["sample.backup", "sample.everyone"]
    assert "Back up." in window.step.steps.text() and "iCloud" not in window.step.steps.text()


def test_changed_since_you_checked_it(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    store = window.session.store
    store.set_state(window.session.profile.id, "sample.backup", "done", 1)  # ticked on revision 1; now 2
    window.session.reload()
    window.open_checklist("sample")
    window.step.open_checklist("sample", "sample.backup")
    assert window.step.changed.isVisibleTo(window)
    qtbot.mouseClick(window.step.done, Qt.MouseButton.LeftButton)
    window.step.open_checklist("sample", "sample.backup")
    assert not window.step.changed.isVisibleTo(window)


def test_a_second_profile_and_switching(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    dialog = window.new_profile()
    dialog.form.name.setText("Dad")
    dialog.form.platform_boxes["samsung"].setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.session.profile.name == "Dad")
    assert [window.profile_bar.picker.itemText(i) for i in range(2)] == ["Mum", "Dad"]
    window.profile_bar.picker.setCurrentIndex(0)
    window.profile_bar.picker.activated.emit(0)
    assert window.session.profile.name == "Mum"


def test_a_taken_name_is_refused_in_plain_words(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    dialog = window.new_profile()
    dialog.form.name.setText("mum")
    dialog.accept()
    qtbot.waitUntil(window.banner.isVisible)
    assert "already a profile with this name" in window.banner.label.text()
    assert len(window.session.profiles()) == 1


def test_delete_asks_first(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    box = window.delete_profile()
    assert "Mum" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(window.session.profiles()) == 1
    box = window.delete_profile()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome)
    assert window.session.profiles() == []


def test_a_change_that_cannot_be_saved_is_told_and_not_shown_as_done(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    window.open_checklist("sample")
    window.session.store.query("PRAGMA query_only = ON")  # every write now fails as on a read-only disk
    qtbot.mouseClick(window.step.done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible)
    assert "not saved" in window.banner.label.text() and "read-only" in window.banner.label.text()
    assert window.step.current().id == "sample.backup"  # it stays on the step
    assert "To do" in window.step.meta.text()
    assert "sample.backup" not in window.session.progress()
    window.session.store.query("PRAGMA query_only = OFF")
    qtbot.mouseClick(window.step.done, Qt.MouseButton.LeftButton)  # trying again works
    assert window.session.progress()["sample.backup"].state == "done"


def test_a_damaged_file_is_explained_in_the_window(qtbot, make_window, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "safesteps.db").write_bytes(b"garbage" * 1000)
    window = make_window(data)
    assert window.banner.isVisible()
    assert "damaged" in window.banner.label.text() and "safesteps.db.damaged-" in window.banner.label.text()
    assert window.pages.currentWidget() is window.welcome  # and the app goes on


def test_export_and_import_through_the_window(qtbot, make_window, tmp_path):
    window = make_window()
    create_first_profile(qtbot, window)
    window.session.set_state("sample.backup", "done")
    target = tmp_path / "mum.json"
    assert window.export_profile(str(target))
    other = make_window(tmp_path / "laptop")
    assert other.import_profile(str(target))
    assert other.session.profile.name == "Mum" and other.session.progress()["sample.backup"].state == "done"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "safesteps-profile", "version": 1, "profile": {"name": "X", "region": "Mars"}}')
    assert not other.import_profile(str(bad))
    assert "Nothing was imported" in other.banner.label.text() and "profile.region" in other.banner.label.text()
    assert [p.name for p in other.session.profiles()] == ["Mum"]


def test_another_window_sees_changes_when_activated(qtbot, make_window, tmp_path):
    first = make_window()
    create_first_profile(qtbot, first)
    second = make_window(tmp_path / "data")
    first.session.set_state("sample.backup", "done")
    second.session.reload()  # what activating the window does
    assert second.overview.cards[0].count.text() == "1 of 4 steps finished"


def test_store_setting_for_new_profile_dialog_region(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window, region_index=2)  # Taiwan
    dialog = window.new_profile()
    assert dialog.form.region.currentData() == "TW"  # a new profile starts in the helper's region
    dialog.reject()
    assert window.session.store.profiles()[0].region == "TW"
    assert NewProfile  # imported for readers: profiles are made through the form


def test_steps_are_grouped_by_the_profile_phones(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window, platforms=("iphone", "huawei"))
    window.open_checklist("sample")
    text = window.step.steps.text()
    assert text.index("On iPhone:") < text.index("Tap Back Up Now.") < text.index("On Huawei / HarmonyOS:")
    assert "On other phones" not in text


def test_every_tool_opens_from_the_tools_menu_and_closes(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    for action in (window.password_action, window.pin_action, window.quiz_action, window.numbers_action,
                   window.log_action, window.handout_action):
        action.trigger()
        page = window.pages.currentWidget()
        assert page in window.tools.values(), action.objectName()
        page.finished.emit()
        assert window.pages.currentWidget() is window.overview


def test_damaged_checklist_files_are_explained_not_a_traceback(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer

    from app.core.content import ContentError
    from app.ui import app as ui_app

    def broken(_data_dir):
        raise ContentError(["01_old-phone.toml: item 'old-phone.backup': missing sources"])

    monkeypatch.setattr(ui_app, "build_main_window", broken)
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close_box)  # not shown yet
            return
        seen.append((box.text(), box.detailedText()))
        box.accept()

    QTimer.singleShot(0, close_box)
    assert ui_app.run_gui(tmp_path) == 1
    assert "checklist files are damaged" in seen[0][0] and "missing sources" in seen[0][1]
