# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RegisterExportDialog(object):
    def setupUi(self, RegisterExportDialog):
        if not RegisterExportDialog.objectName():
            RegisterExportDialog.setObjectName(u"RegisterExportDialog")
        RegisterExportDialog.resize(560, 320)
        RegisterExportDialog.setModal(True)
        self.main_layout = QVBoxLayout(RegisterExportDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RegisterExportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.register_label = QLabel(RegisterExportDialog)
        self.register_label.setObjectName(u"register_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.register_label)

        self.register_combo = QComboBox(RegisterExportDialog)
        self.register_combo.setObjectName(u"register_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.register_combo)

        self.format_label = QLabel(RegisterExportDialog)
        self.format_label.setObjectName(u"format_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_layout = QHBoxLayout()
        self.format_layout.setObjectName(u"format_layout")
        self.xlsx_radio = QRadioButton(RegisterExportDialog)
        self.xlsx_radio.setObjectName(u"xlsx_radio")
        self.xlsx_radio.setChecked(True)

        self.format_layout.addWidget(self.xlsx_radio)

        self.csv_radio = QRadioButton(RegisterExportDialog)
        self.csv_radio.setObjectName(u"csv_radio")

        self.format_layout.addWidget(self.csv_radio)

        self.format_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.format_layout.addItem(self.format_spacer)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.format_layout)

        self.location_label = QLabel(RegisterExportDialog)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_layout = QHBoxLayout()
        self.location_layout.setObjectName(u"location_layout")
        self.location_edit = QLineEdit(RegisterExportDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.location_layout.addWidget(self.location_edit)

        self.browse_button = QPushButton(RegisterExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.location_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.location_layout)


        self.main_layout.addLayout(self.form_layout)

        self.warning_label = QLabel(RegisterExportDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)

        self.progress_bar = QProgressBar(RegisterExportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)

        self.main_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(RegisterExportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.error_label = QLabel(RegisterExportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.export_button = QPushButton(RegisterExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.cancel_button = QPushButton(RegisterExportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.register_label.setBuddy(self.register_combo)
        self.location_label.setBuddy(self.location_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.register_combo, self.xlsx_radio)
        QWidget.setTabOrder(self.xlsx_radio, self.csv_radio)
        QWidget.setTabOrder(self.csv_radio, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cancel_button)

        self.retranslateUi(RegisterExportDialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(RegisterExportDialog)
    # setupUi

    def retranslateUi(self, RegisterExportDialog):
        RegisterExportDialog.setWindowTitle(QCoreApplication.translate("RegisterExportDialog", u"Export to a spreadsheet", None))
        self.intro_label.setText(QCoreApplication.translate("RegisterExportDialog", u"The rows the list shows now, with its filter, saved as a spreadsheet. The export is recorded in the audit log with the file's SHA-256 fingerprint.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("RegisterExportDialog", u"hint", None))
        self.register_label.setText(QCoreApplication.translate("RegisterExportDialog", u"&Register:", None))
        self.format_label.setText(QCoreApplication.translate("RegisterExportDialog", u"File type:", None))
        self.xlsx_radio.setText(QCoreApplication.translate("RegisterExportDialog", u"&Excel workbook (.xlsx)", None))
        self.csv_radio.setText(QCoreApplication.translate("RegisterExportDialog", u"&CSV file (.csv)", None))
        self.location_label.setText(QCoreApplication.translate("RegisterExportDialog", u"&Save to:", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("RegisterExportDialog", u"Save to", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("RegisterExportDialog", u"&Browse\u2026", None))
        self.warning_label.setProperty(u"role", QCoreApplication.translate("RegisterExportDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("RegisterExportDialog", u"error", None))
        self.export_button.setText(QCoreApplication.translate("RegisterExportDialog", u"E&xport", None))
        self.cancel_button.setText(QCoreApplication.translate("RegisterExportDialog", u"Cancel", None))
    # retranslateUi

