"""What family, friends or a leaked database may know about the person: used for one check, never saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.password import PersonalInfo


def parse_birthday(text: str) -> dt.date | None:
    text = text.strip().replace("/", "-").replace(".", "-")
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) == 8:
            try:
                return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            except ValueError:
                return None
        return None


class PersonalFields(QWidget):
    changed = Signal()

    def __init__(self, with_words: bool = True, with_id: bool = False):
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit(objectName="personalName")
        self.birthday = QLineEdit(objectName="personalBirthday")
        self.phone = QLineEdit(objectName="personalPhone")
        self.id_number = QLineEdit(objectName="personalId")
        self.words = QLineEdit(objectName="personalWords")
        self.labels = {}
        layout = QVBoxLayout(self)  # labels above fields, full width: they wrap without being cut
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        fields = [("name", self.name), ("birthday", self.birthday), ("phone", self.phone)]
        if with_id:
            fields.append(("id", self.id_number))
        if with_words:
            fields.append(("words", self.words))
        for key, field in fields:
            label = QLabel()
            label.setBuddy(field)
            label.setWordWrap(True)
            self.labels[key] = label
            layout.addWidget(label)
            layout.addWidget(field)
            field.textChanged.connect(self.changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Optional: what others may know about the person. It makes the check stricter. "
                                   "It is not saved."))
        texts = {"name": self.tr("Name (Chinese characters or pinyin)"), "birthday": self.tr("Birthday"),
                 "phone": self.tr("Phone number"), "id": self.tr("Last 6 characters of the ID card"),
                 "words": self.tr("Other words they might use (pet, child, home town)")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.name.setAccessibleName(texts["name"])
        self.birthday.setAccessibleName(texts["birthday"])
        self.birthday.setPlaceholderText(self.tr("For example 1958-03-15"))
        self.phone.setAccessibleName(texts["phone"])
        self.id_number.setAccessibleName(texts["id"])
        self.words.setAccessibleName(texts["words"])

    def value(self) -> PersonalInfo:
        return PersonalInfo(name=self.name.text().strip(), birthday=parse_birthday(self.birthday.text()),
                            phone=self.phone.text().strip(), id_number=self.id_number.text().strip(),
                            words=tuple(self.words.text().replace("，", ",").replace(",", " ").split()))

    def wipe(self) -> None:
        for field in (self.name, self.birthday, self.phone, self.id_number, self.words):
            field.clear()
