# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_people_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImportPeopleDialog(object):
    def setupUi(self, ImportPeopleDialog):
        if not ImportPeopleDialog.objectName():
            ImportPeopleDialog.setObjectName(u"ImportPeopleDialog")
        ImportPeopleDialog.resize(680, 480)
        ImportPeopleDialog.setModal(True)
        self.main_layout = QVBoxLayout(ImportPeopleDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ImportPeopleDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ImportPeopleDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ImportPeopleDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(ImportPeopleDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.main_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(ImportPeopleDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.problems_list = QListWidget(ImportPeopleDialog)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setWordWrap(True)
        self.problems_list.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.problems_list)

        self.error_label = QLabel(ImportPeopleDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_layout_spacer_0 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_layout_spacer_0)

        self.import_button = QPushButton(ImportPeopleDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.cancel_button = QPushButton(ImportPeopleDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.choose_button)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPeopleDialog)

        QMetaObject.connectSlotsByName(ImportPeopleDialog)
    # setupUi

    def retranslateUi(self, ImportPeopleDialog):
        ImportPeopleDialog.setWindowTitle(QCoreApplication.translate("ImportPeopleDialog", u"Import people from a CSV file", None))
        self.intro_label.setText(QCoreApplication.translate("ImportPeopleDialog", u"Choose a CSV file saved from the HR spreadsheet (in Excel: Save As, CSV UTF-8). The first row names the columns, in any order: first_name, last_name, kind, reference, and optionally role, email, phone, date_of_birth. If any row has a problem, nothing is imported.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("ImportPeopleDialog", u"hint", None))
        self.file_label.setText(QCoreApplication.translate("ImportPeopleDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportPeopleDialog", u"Chosen file", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ImportPeopleDialog", u"&Choose file\u2026", None))
#if QT_CONFIG(accessibility)
        self.problems_list.setAccessibleName(QCoreApplication.translate("ImportPeopleDialog", u"Problems found in the file", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setProperty(u"role", QCoreApplication.translate("ImportPeopleDialog", u"error", None))
        self.import_button.setText(QCoreApplication.translate("ImportPeopleDialog", u"&Import", None))
        self.cancel_button.setText(QCoreApplication.translate("ImportPeopleDialog", u"Cancel", None))
    # retranslateUi

