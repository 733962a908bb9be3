"""The fields of a profile: who it is for, where they live, their phones, their language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QFrame, QLabel, QLineEdit,
                               QWidget)

from app.core.content import PLATFORMS, REGIONS
from app.core.i18n import LANGUAGE_NAMES, LANGUAGES
from app.core.profiles import MAX_NAME, NewProfile, Profile
from app.ui import texts


class ProfileForm(QWidget):
    languagePicked = Signal(str)

    def __init__(self, language: str = "en"):
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setMaxLength(MAX_NAME)
        self.region = QComboBox()
        self.region.setObjectName("profileRegion")
        for code in REGIONS:
            self.region.addItem("", code)
        self.language = QComboBox()
        self.language.setObjectName("profileLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.language.currentIndexChanged.connect(lambda: self.languagePicked.emit(self.language.currentData()))
        self.phones = QFrame()  # not a QGroupBox: its title would not wrap
        self.phones.setObjectName("phones")
        grid = QGridLayout(self.phones)
        self.phones_label = QLabel()
        self.phones_label.setWordWrap(True)
        grid.addWidget(self.phones_label, 0, 0)
        self.platform_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(PLATFORMS):
            box = QCheckBox()
            box.setObjectName(f"platform_{code}")
            self.platform_boxes[code] = box
            grid.addWidget(box, i + 1, 0)

        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.name, self.region, self.language)):
            label.setBuddy(field)
            label.setWordWrap(True)
            self.layout_.addRow(label, field)
        self.layout_.addRow(self.phones)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = [self.tr("Name"), self.tr("Where they live"), self.tr("Language")]
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("For example: Mum, Dad, Me"))
        self.region.setAccessibleName(self.tr("Where they live"))
        self.language.setAccessibleName(self.tr("Language"))
        for i, code in enumerate(REGIONS):
            self.region.setItemText(i, texts.region_name(code))
        self.phones_label.setText(self.tr("Their phones (tick every one they use)"))
        for code, box in self.platform_boxes.items():
            box.setText(texts.platform_name(code))
            box.setAccessibleName(texts.platform_name(code))

    def value(self) -> NewProfile:
        return NewProfile(
            name=self.name.text(),
            region=self.region.currentData(),
            platforms=tuple(code for code, box in self.platform_boxes.items() if box.isChecked()),
            language=self.language.currentData(),
        )

    def set_value(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.region.setCurrentIndex(REGIONS.index(profile.region))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(profile.language))
        self.language.blockSignals(False)
        for code, box in self.platform_boxes.items():
            box.setChecked(code in profile.platforms)

    def set_region(self, region: str) -> None:
        self.region.setCurrentIndex(REGIONS.index(region))
