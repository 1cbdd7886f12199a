# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CaseExportDialog(object):
    def setupUi(self, CaseExportDialog):
        if not CaseExportDialog.objectName():
            CaseExportDialog.setObjectName(u"CaseExportDialog")
        CaseExportDialog.resize(720, 620)
        CaseExportDialog.setModal(True)
        self.main_layout = QVBoxLayout(CaseExportDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CaseExportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.choice_layout = QHBoxLayout()
        self.choice_layout.setSpacing(12)
        self.choice_layout.setObjectName(u"choice_layout")
        self.what_group = QGroupBox(CaseExportDialog)
        self.what_group.setObjectName(u"what_group")
        self.what_layout = QVBoxLayout(self.what_group)
        self.what_layout.setObjectName(u"what_layout")
        self.pack_radio = QRadioButton(self.what_group)
        self.pack_radio.setObjectName(u"pack_radio")
        self.pack_radio.setChecked(True)

        self.what_layout.addWidget(self.pack_radio)

        self.letter_radio = QRadioButton(self.what_group)
        self.letter_radio.setObjectName(u"letter_radio")

        self.what_layout.addWidget(self.letter_radio)


        self.choice_layout.addWidget(self.what_group)

        self.copy_group = QGroupBox(CaseExportDialog)
        self.copy_group.setObjectName(u"copy_group")
        self.copy_layout = QVBoxLayout(self.copy_group)
        self.copy_layout.setObjectName(u"copy_layout")
        self.redacted_radio = QRadioButton(self.copy_group)
        self.redacted_radio.setObjectName(u"redacted_radio")
        self.redacted_radio.setChecked(True)

        self.copy_layout.addWidget(self.redacted_radio)

        self.full_radio = QRadioButton(self.copy_group)
        self.full_radio.setObjectName(u"full_radio")

        self.copy_layout.addWidget(self.full_radio)

        self.images_check = QCheckBox(self.copy_group)
        self.images_check.setObjectName(u"images_check")

        self.copy_layout.addWidget(self.images_check)

        self.full_warning_label = QLabel(self.copy_group)
        self.full_warning_label.setObjectName(u"full_warning_label")
        self.full_warning_label.setWordWrap(True)

        self.copy_layout.addWidget(self.full_warning_label)


        self.choice_layout.addWidget(self.copy_group)


        self.main_layout.addLayout(self.choice_layout)

        self.address_group = QGroupBox(CaseExportDialog)
        self.address_group.setObjectName(u"address_group")
        self.address_layout = QVBoxLayout(self.address_group)
        self.address_layout.setObjectName(u"address_layout")
        self.address_edit = QPlainTextEdit(self.address_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 90))

        self.address_layout.addWidget(self.address_edit)


        self.main_layout.addWidget(self.address_group)

        self.location_layout = QHBoxLayout()
        self.location_layout.setObjectName(u"location_layout")
        self.location_label = QLabel(CaseExportDialog)
        self.location_label.setObjectName(u"location_label")

        self.location_layout.addWidget(self.location_label)

        self.location_edit = QLineEdit(CaseExportDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.location_layout.addWidget(self.location_edit)

        self.browse_button = QPushButton(CaseExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.location_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.location_layout)

        self.protect_group = QGroupBox(CaseExportDialog)
        self.protect_group.setObjectName(u"protect_group")
        self.protect_group.setCheckable(True)
        self.protect_group.setChecked(False)
        self.protect_layout = QFormLayout(self.protect_group)
        self.protect_layout.setObjectName(u"protect_layout")
        self.password_label = QLabel(self.protect_group)
        self.password_label.setObjectName(u"password_label")

        self.protect_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.protect_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.protect_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.confirm_password_label = QLabel(self.protect_group)
        self.confirm_password_label.setObjectName(u"confirm_password_label")

        self.protect_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_password_label)

        self.confirm_password_edit = QLineEdit(self.protect_group)
        self.confirm_password_edit.setObjectName(u"confirm_password_edit")
        self.confirm_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.protect_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm_password_edit)

        self.owner_password_label = QLabel(self.protect_group)
        self.owner_password_label.setObjectName(u"owner_password_label")

        self.protect_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_password_label)

        self.owner_password_edit = QLineEdit(self.protect_group)
        self.owner_password_edit.setObjectName(u"owner_password_edit")
        self.owner_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.protect_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_password_edit)


        self.main_layout.addWidget(self.protect_group)

        self.progress_bar = QProgressBar(CaseExportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.main_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(CaseExportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.error_label = QLabel(CaseExportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.spacer_buttons = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer_buttons)

        self.export_button = QPushButton(CaseExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.cancel_button = QPushButton(CaseExportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.location_label.setBuddy(self.location_edit)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_password_label.setBuddy(self.confirm_password_edit)
        self.owner_password_label.setBuddy(self.owner_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pack_radio, self.letter_radio)
        QWidget.setTabOrder(self.letter_radio, self.redacted_radio)
        QWidget.setTabOrder(self.redacted_radio, self.full_radio)
        QWidget.setTabOrder(self.full_radio, self.images_check)
        QWidget.setTabOrder(self.images_check, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.protect_group)
        QWidget.setTabOrder(self.protect_group, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.confirm_password_edit)
        QWidget.setTabOrder(self.confirm_password_edit, self.owner_password_edit)
        QWidget.setTabOrder(self.owner_password_edit, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cancel_button)

        self.retranslateUi(CaseExportDialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(CaseExportDialog)
    # setupUi

    def retranslateUi(self, CaseExportDialog):
        CaseExportDialog.setWindowTitle(QCoreApplication.translate("CaseExportDialog", u"Export", None))
        self.what_group.setTitle(QCoreApplication.translate("CaseExportDialog", u"What", None))
        self.pack_radio.setText(QCoreApplication.translate("CaseExportDialog", u"Disciplinary &case pack", None))
        self.letter_radio.setText(QCoreApplication.translate("CaseExportDialog", u"Outcome &letter to the subject", None))
        self.copy_group.setTitle(QCoreApplication.translate("CaseExportDialog", u"Which copy", None))
        self.redacted_radio.setText(QCoreApplication.translate("CaseExportDialog", u"&Redacted: children, families and third parties by reference only (for personnel files)", None))
        self.full_radio.setText(QCoreApplication.translate("CaseExportDialog", u"&Full: with the protected names", None))
        self.images_check.setText(QCoreApplication.translate("CaseExportDialog", u"Include evidence &pictures", None))
        self.full_warning_label.setProperty(u"role", QCoreApplication.translate("CaseExportDialog", u"error", None))
        self.address_group.setTitle(QCoreApplication.translate("CaseExportDialog", u"Subject's address (for the letter, optional)", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("CaseExportDialog", u"Subject's address, one line each", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText(QCoreApplication.translate("CaseExportDialog", u"one line each, up to six lines", None))
        self.location_label.setText(QCoreApplication.translate("CaseExportDialog", u"&Save in:", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("CaseExportDialog", u"Folder to save the PDF in", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("CaseExportDialog", u"&Browse\u2026", None))
        self.protect_group.setTitle(QCoreApplication.translate("CaseExportDialog", u"Protect the file with a password", None))
        self.password_label.setText(QCoreApplication.translate("CaseExportDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("CaseExportDialog", u"Password to open the file", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_password_label.setText(QCoreApplication.translate("CaseExportDialog", u"Con&firm:", None))
#if QT_CONFIG(accessibility)
        self.confirm_password_edit.setAccessibleName(QCoreApplication.translate("CaseExportDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.owner_password_label.setText(QCoreApplication.translate("CaseExportDialog", u"O&wner password:", None))
#if QT_CONFIG(accessibility)
        self.owner_password_edit.setAccessibleName(QCoreApplication.translate("CaseExportDialog", u"Owner password (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.owner_password_edit.setPlaceholderText(QCoreApplication.translate("CaseExportDialog", u"optional: allows changing the file's permissions", None))
        self.status_label.setProperty(u"role", QCoreApplication.translate("CaseExportDialog", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("CaseExportDialog", u"error", None))
        self.export_button.setText(QCoreApplication.translate("CaseExportDialog", u"&Export", None))
        self.cancel_button.setText(QCoreApplication.translate("CaseExportDialog", u"Close", None))
    # retranslateUi

