# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 420)
        ExportDialog.setModal(True)
        self.main_layout = QVBoxLayout(ExportDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ExportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.location_layout = QHBoxLayout()
        self.location_layout.setObjectName(u"location_layout")
        self.location_label = QLabel(ExportDialog)
        self.location_label.setObjectName(u"location_label")

        self.location_layout.addWidget(self.location_label)

        self.location_edit = QLineEdit(ExportDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.location_layout.addWidget(self.location_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.location_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.location_layout)

        self.protect_group = QGroupBox(ExportDialog)
        self.protect_group.setObjectName(u"protect_group")
        self.protect_group.setCheckable(True)
        self.protect_group.setChecked(False)
        self.protect_layout = QFormLayout(self.protect_group)
        self.protect_layout.setObjectName(u"protect_layout")
        self.protect_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.protect_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
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

        self.protect_hint_label = QLabel(self.protect_group)
        self.protect_hint_label.setObjectName(u"protect_hint_label")
        self.protect_hint_label.setWordWrap(True)

        self.protect_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.protect_hint_label)


        self.main_layout.addWidget(self.protect_group)

        self.progress_bar = QProgressBar(ExportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.main_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(ExportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.main_layout_spacer_5 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.main_layout_spacer_5)

        self.error_label = QLabel(ExportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_layout_spacer_0 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_layout_spacer_0)

        self.export_button = QPushButton(ExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.cancel_button = QPushButton(ExportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.location_label.setBuddy(self.location_edit)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_password_label.setBuddy(self.confirm_password_edit)
        self.owner_password_label.setBuddy(self.owner_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.location_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.protect_group)
        QWidget.setTabOrder(self.protect_group, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.confirm_password_edit)
        QWidget.setTabOrder(self.confirm_password_edit, self.owner_password_edit)
        QWidget.setTabOrder(self.owner_password_edit, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cancel_button)

        self.retranslateUi(ExportDialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export the check record", None))
        self.location_label.setText(QCoreApplication.translate("ExportDialog", u"&Save as:", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File to save", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.protect_group.setTitle(QCoreApplication.translate("ExportDialog", u"&Protect the file with a password", None))
        self.password_label.setText(QCoreApplication.translate("ExportDialog", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Password to open the file", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_password_label.setText(QCoreApplication.translate("ExportDialog", u"Con&firm:", None))
#if QT_CONFIG(accessibility)
        self.confirm_password_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Confirm the password", None))
#endif // QT_CONFIG(accessibility)
        self.owner_password_label.setText(QCoreApplication.translate("ExportDialog", u"&Owner password:", None))
#if QT_CONFIG(accessibility)
        self.owner_password_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Owner password (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.owner_password_edit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"optional", None))
        self.protect_hint_label.setText(QCoreApplication.translate("ExportDialog", u"Anyone opening the file needs the password: give it to them separately, never in the same email. The owner password (different, at least 8 characters) allows changing the file's restrictions; leave it blank and nobody can.", None))
        self.protect_hint_label.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"error", None))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
    # retranslateUi

