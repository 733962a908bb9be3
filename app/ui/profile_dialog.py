"""Create or edit a profile in a dialog (the first profile is made on the welcome page instead)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from app.core.profiles import NewProfile, Profile
from app.ui.profile_form import ProfileForm
from app.ui.widgets import wrapped_label


class ProfileDialog(QDialog):
    def __init__(self, parent, language: str, profile: Profile | None = None, region: str = "CN"):
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Edit profile") if profile else self.tr("New profile"))
        self.form = ProfileForm(language)
        if profile:
            self.form.set_value(profile)
        else:
            self.form.set_region(region)
        self.error = wrapped_label(object_name="profileError")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> NewProfile:
        return self.form.value()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
