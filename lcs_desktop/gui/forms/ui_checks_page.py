# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checks_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ChecksPage(object):
    def setupUi(self, ChecksPage):
        if not ChecksPage.objectName():
            ChecksPage.setObjectName(u"ChecksPage")
        ChecksPage.resize(900, 560)
        self.main_layout = QVBoxLayout(ChecksPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(ChecksPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(ChecksPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(ChecksPage)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(ChecksPage)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.filter_layout_spacer_2 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_layout_spacer_2)

        self.count_label = QLabel(ChecksPage)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.filter_layout)

        self.checks_table = QTableView(ChecksPage)
        self.checks_table.setObjectName(u"checks_table")
        self.checks_table.setTabKeyNavigation(False)
        self.checks_table.setAlternatingRowColors(True)
        self.checks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.checks_table)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.message_label = QLabel(ChecksPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.bottom_layout.addWidget(self.message_label)

        self.bottom_layout_spacer_1 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_layout_spacer_1)

        self.open_button = QPushButton(ChecksPage)
        self.open_button.setObjectName(u"open_button")

        self.bottom_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecksPage)

        QMetaObject.connectSlotsByName(ChecksPage)
    # setupUi

    def retranslateUi(self, ChecksPage):
        self.title_label.setText(QCoreApplication.translate("ChecksPage", u"Recruitment checks", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("ChecksPage", u"title", None))
        self.intro_label.setText(QCoreApplication.translate("ChecksPage", u"Social media checks on applicants (policy \u00a73.1), newest first. To start a check, find the person on the People page and choose \u201cStart a social media check\u201d.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("ChecksPage", u"hint", None))
        self.status_label.setText(QCoreApplication.translate("ChecksPage", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ChecksPage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checks_table.setAccessibleName(QCoreApplication.translate("ChecksPage", u"Checks", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setProperty(u"role", QCoreApplication.translate("ChecksPage", u"error", None))
        self.open_button.setText(QCoreApplication.translate("ChecksPage", u"&Open check", None))
        pass
    # retranslateUi

