# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        CasesPage.resize(900, 600)
        self.page_layout = QVBoxLayout(CasesPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(CasesPage)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.spacer_title = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.spacer_title)

        self.report_button = QPushButton(CasesPage)
        self.report_button.setObjectName(u"report_button")

        self.title_layout.addWidget(self.report_button)


        self.page_layout.addLayout(self.title_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(CasesPage)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(CasesPage)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.officer_label = QLabel(CasesPage)
        self.officer_label.setObjectName(u"officer_label")

        self.filter_layout.addWidget(self.officer_label)

        self.officer_combo = QComboBox(CasesPage)
        self.officer_combo.setObjectName(u"officer_combo")

        self.filter_layout.addWidget(self.officer_combo)

        self.overdue_check = QCheckBox(CasesPage)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_layout.addWidget(self.overdue_check)

        self.spacer_filter = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.spacer_filter)

        self.count_label = QLabel(CasesPage)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)


        self.page_layout.addLayout(self.filter_layout)

        self.message_label = QLabel(CasesPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.page_layout.addWidget(self.message_label)

        self.cases_table = QTableView(CasesPage)
        self.cases_table.setObjectName(u"cases_table")
        self.cases_table.setTabKeyNavigation(False)
        self.cases_table.setAlternatingRowColors(True)
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.page_layout.addWidget(self.cases_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.spacer_buttons = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer_buttons)

        self.open_button = QPushButton(CasesPage)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)


        self.page_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.officer_label.setBuddy(self.officer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.report_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.officer_combo)
        QWidget.setTabOrder(self.officer_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.cases_table)
        QWidget.setTabOrder(self.cases_table, self.open_button)

        self.retranslateUi(CasesPage)

        QMetaObject.connectSlotsByName(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
        self.title_label.setText(QCoreApplication.translate("CasesPage", u"Breach investigations", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("CasesPage", u"title", None))
        self.report_button.setText(QCoreApplication.translate("CasesPage", u"&Report a concern\u2026", None))
#if QT_CONFIG(tooltip)
        self.report_button.setToolTip(QCoreApplication.translate("CasesPage", u"Report a concern (Ctrl+Shift+R)", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText(QCoreApplication.translate("CasesPage", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Show cases with this status", None))
#endif // QT_CONFIG(accessibility)
        self.officer_label.setText(QCoreApplication.translate("CasesPage", u"Investigating &officer:", None))
#if QT_CONFIG(accessibility)
        self.officer_combo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Show cases of this investigating officer", None))
#endif // QT_CONFIG(accessibility)
        self.overdue_check.setText(QCoreApplication.translate("CasesPage", u"O&nly cases with an overdue clock", None))
        self.count_label.setProperty(u"role", QCoreApplication.translate("CasesPage", u"hint", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("CasesPage", u"error", None))
#if QT_CONFIG(accessibility)
        self.cases_table.setAccessibleName(QCoreApplication.translate("CasesPage", u"Breach cases", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("CasesPage", u"&Open case", None))
        pass
    # retranslateUi

