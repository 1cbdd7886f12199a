# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_rotation_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_KeyRotationDialog(object):
    def setupUi(self, KeyRotationDialog):
        if not KeyRotationDialog.objectName():
            KeyRotationDialog.setObjectName(u"KeyRotationDialog")
        KeyRotationDialog.resize(560, 360)
        KeyRotationDialog.setModal(True)
        self.main_layout = QVBoxLayout(KeyRotationDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(KeyRotationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.backups_label = QLabel(KeyRotationDialog)
        self.backups_label.setObjectName(u"backups_label")
        self.backups_label.setWordWrap(True)

        self.main_layout.addWidget(self.backups_label)

        self.owner_box = QWidget(KeyRotationDialog)
        self.owner_box.setObjectName(u"owner_box")
        self.owner_layout = QFormLayout(self.owner_box)
        self.owner_layout.setObjectName(u"owner_layout")
        self.owner_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.owner_layout.setContentsMargins(0, 0, 0, 0)
        self.owner_hint_label = QLabel(self.owner_box)
        self.owner_hint_label.setObjectName(u"owner_hint_label")
        self.owner_hint_label.setWordWrap(True)

        self.owner_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.owner_hint_label)

        self.owner_login_label = QLabel(self.owner_box)
        self.owner_login_label.setObjectName(u"owner_login_label")

        self.owner_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_login_label)

        self.owner_login_edit = QLineEdit(self.owner_box)
        self.owner_login_edit.setObjectName(u"owner_login_edit")
        self.owner_login_edit.setMaxLength(63)

        self.owner_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_login_edit)

        self.owner_password_label = QLabel(self.owner_box)
        self.owner_password_label.setObjectName(u"owner_password_label")

        self.owner_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_password_label)

        self.owner_password_edit = QLineEdit(self.owner_box)
        self.owner_password_edit.setObjectName(u"owner_password_edit")
        self.owner_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.owner_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_password_edit)


        self.main_layout.addWidget(self.owner_box)

        self.progress_bar = QProgressBar(KeyRotationDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(1000)
        self.progress_bar.setTextVisible(True)

        self.main_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(KeyRotationDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.error_label = QLabel(KeyRotationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.delete_backups_button = QPushButton(KeyRotationDialog)
        self.delete_backups_button.setObjectName(u"delete_backups_button")

        self.buttons_layout.addWidget(self.delete_backups_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.start_button = QPushButton(KeyRotationDialog)
        self.start_button.setObjectName(u"start_button")

        self.buttons_layout.addWidget(self.start_button)

        self.cancel_button = QPushButton(KeyRotationDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.owner_login_label.setBuddy(self.owner_login_edit)
        self.owner_password_label.setBuddy(self.owner_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.owner_login_edit, self.owner_password_edit)
        QWidget.setTabOrder(self.owner_password_edit, self.start_button)
        QWidget.setTabOrder(self.start_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.delete_backups_button)

        self.retranslateUi(KeyRotationDialog)

        self.start_button.setDefault(True)


        QMetaObject.connectSlotsByName(KeyRotationDialog)
    # setupUi

    def retranslateUi(self, KeyRotationDialog):
        KeyRotationDialog.setWindowTitle(QCoreApplication.translate("KeyRotationDialog", u"Change the database key", None))
        self.backups_label.setProperty(u"role", QCoreApplication.translate("KeyRotationDialog", u"hint", None))
        self.owner_hint_label.setProperty(u"role", QCoreApplication.translate("KeyRotationDialog", u"hint", None))
        self.owner_hint_label.setText(QCoreApplication.translate("KeyRotationDialog", u"On an office server the change also needs IT's database-owner login (the one IT used to set the server up). IT types it here; it is used for this change only and is not kept.", None))
        self.owner_login_label.setText(QCoreApplication.translate("KeyRotationDialog", u"IT's database-owner &login:", None))
#if QT_CONFIG(accessibility)
        self.owner_login_edit.setAccessibleName(QCoreApplication.translate("KeyRotationDialog", u"IT's database-owner login", None))
#endif // QT_CONFIG(accessibility)
        self.owner_password_label.setText(QCoreApplication.translate("KeyRotationDialog", u"Its pass&word:", None))
#if QT_CONFIG(accessibility)
        self.owner_password_edit.setAccessibleName(QCoreApplication.translate("KeyRotationDialog", u"The database-owner login's password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("KeyRotationDialog", u"Re-encrypting the database", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setProperty(u"role", QCoreApplication.translate("KeyRotationDialog", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("KeyRotationDialog", u"error", None))
        self.delete_backups_button.setText(QCoreApplication.translate("KeyRotationDialog", u"&Delete older backups\u2026", None))
        self.start_button.setText(QCoreApplication.translate("KeyRotationDialog", u"C&hange the key", None))
        self.cancel_button.setText(QCoreApplication.translate("KeyRotationDialog", u"Cancel", None))
    # retranslateUi

