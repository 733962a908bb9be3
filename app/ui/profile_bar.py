"""The bar at the top: whose profile is shown, and buttons to add, edit or delete profiles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.session import Session


class ProfileBar(QWidget):
    newRequested = Signal()
    editRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setObjectName("profileBar")
        self.label = QLabel()
        self.picker = QComboBox()
        self.picker.setObjectName("profilePicker")
        self.picker.setMinimumContentsLength(6)
        self.label.setBuddy(self.picker)
        self.new = QPushButton()
        self.new.setObjectName("newProfile")
        self.edit = QPushButton()
        self.edit.setObjectName("editProfile")
        self.delete = QPushButton()
        self.delete.setObjectName("deleteProfile")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.picker, 1)
        for button in (self.new, self.edit, self.delete):
            layout.addWidget(button)
        self.new.clicked.connect(self.newRequested)
        self.edit.clicked.connect(self.editRequested)
        self.delete.clicked.connect(self.deleteRequested)
        self.picker.activated.connect(lambda i: session.select(self.picker.itemData(i)))
        session.profilesChanged.connect(self.reload)
        session.profileChanged.connect(lambda _p: self.reload())
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Profile:"))
        self.picker.setAccessibleName(self.tr("Whose safety steps are shown"))
        self.new.setText(self.tr("New profile…"))
        self.new.setAccessibleName(self.tr("Add a profile for another person"))
        self.edit.setText(self.tr("Edit…"))
        self.edit.setAccessibleName(self.tr("Edit this profile"))
        self.delete.setText(self.tr("Delete…"))
        self.delete.setAccessibleName(self.tr("Delete this profile"))

    def reload(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for profile in self.session.profiles():
            self.picker.addItem(profile.name, profile.id)
        current = self.session.profile
        if current is not None:
            self.picker.setCurrentIndex(self.picker.findData(current.id))
        self.picker.blockSignals(False)
        has_profile = current is not None
        for widget in (self.edit, self.delete, self.picker):
            widget.setEnabled(has_profile)
