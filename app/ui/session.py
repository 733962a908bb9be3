"""The running app's state: the store, the content and the current profile.

Widgets call these methods instead of the store, so that a change that cannot be saved becomes a
plain message (`failed`) and the widgets show what the store really holds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.content import Content
from app.core.profiles import ItemProgress, NewProfile, Profile, ProfileError
from app.core.store import Store, StoreWriteError
from app.ui import texts


class Session(QObject):
    profilesChanged = Signal()  # a profile was created, renamed, edited or deleted
    profileChanged = Signal(object)  # the current profile (Profile | None)
    progressChanged = Signal(str)  # item id whose state or note changed
    failed = Signal(str)  # a plain-words message for the user
    informed = Signal(str)

    def __init__(self, store: Store, content: Content):
        super().__init__()
        self.store = store
        self.content = content
        self.profile: Profile | None = None
        self._progress: dict[str, ItemProgress] = {}

    # -- profiles ----------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        return self.store.profiles()

    def select(self, profile_id: int | None) -> None:
        self.profile = self.store.profile(profile_id) if profile_id is not None else None
        self._progress = self.store.progress(self.profile.id) if self.profile else {}
        if self.profile:
            self._try(lambda: self.store.set_setting("last_profile", str(self.profile.id)))
        self.profileChanged.emit(self.profile)

    def select_last_used(self) -> None:
        profiles = self.profiles()
        last = self.store.setting("last_profile")
        chosen = next((p for p in profiles if str(p.id) == last), profiles[0] if profiles else None)
        self.select(chosen.id if chosen else None)

    def create_profile(self, new: NewProfile) -> Profile | None:
        profile = self._try(lambda: self.store.create_profile(new))
        if profile:
            self.profilesChanged.emit()
            self.select(profile.id)
        return profile

    def update_profile(self, new: NewProfile) -> Profile | None:
        if not self.profile:
            return None
        profile = self._try(lambda: self.store.update_profile(self.profile.id, new))
        if profile:
            self.profilesChanged.emit()
            self.select(profile.id)
        return profile

    def delete_profile(self) -> bool:
        if not self.profile:
            return False
        pid = self.profile.id
        if self._try(lambda: self.store.delete_profile(pid) or True):
            self.profilesChanged.emit()
            self.select_last_used()
            return True
        return False

    def mark_reviewed(self) -> bool:
        if not self.profile:
            return False
        pid = self.profile.id
        if self._try(lambda: self.store.mark_reviewed(pid) or True):
            self.reload()
            return True
        return False

    def add_quiz_result(self, quiz_id: str, correct: int, total: int) -> bool:
        if not self.profile:
            return False
        pid = self.profile.id
        return self._try(lambda: self.store.add_quiz_result(pid, quiz_id, correct, total) or True) is not None

    def due_by_profile(self) -> list[tuple[Profile, int]]:
        """For each profile, how many repeating steps are due again (only those with any)."""
        from app.core.progress import due_items

        result = []
        for profile in self.store.profiles():
            count = len(due_items(self.content, profile, self.store.progress(profile.id)))
            if count:
                result.append((profile, count))
        return result

    def reload(self) -> None:
        """Re-read the current profile and its progress (another window may have changed them)."""
        if self.profile:
            fresh = self.store.profile(self.profile.id)
            if fresh is None:
                self.profilesChanged.emit()
                self.select_last_used()
                return
            self.profile = fresh
            self._progress = self.store.progress(fresh.id)
            self.profileChanged.emit(fresh)

    # -- progress ----------------------------------------------------------------------------
    def progress(self) -> dict[str, ItemProgress]:
        return self._progress

    def set_state(self, item_id: str, state: str) -> bool:
        if not self.profile:
            return False
        item = self.content.items[item_id]
        entry = self._try(lambda: self.store.set_state(self.profile.id, item_id, state, item.revision))
        if entry:
            self._progress[item_id] = entry
            self.progressChanged.emit(item_id)
        return entry is not None

    def set_note(self, item_id: str, note: str) -> bool:
        if not self.profile:
            return False
        current = self._progress.get(item_id)
        if (current.note if current else "") == note:
            return True
        entry = self._try(lambda: self.store.set_note(self.profile.id, item_id, note))
        if entry:
            self._progress[item_id] = entry
            self.progressChanged.emit(item_id)
        return entry is not None

    # -- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.store.setting(key, default)

    def set_setting(self, key: str, value: str) -> bool:
        return self._try(lambda: self.store.set_setting(key, value) or True) is not None

    # -- helpers -----------------------------------------------------------------------------
    def _try(self, action):
        try:
            return action()
        except StoreWriteError as exc:
            self.failed.emit(texts.write_error(exc))
        except ProfileError as exc:
            self.failed.emit(texts.profile_error(exc))
        return None
