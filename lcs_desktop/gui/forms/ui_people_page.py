# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(900, 560)
        self.main_layout = QVBoxLayout(PeoplePage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(PeoplePage)
        self.stack.setObjectName(u"stack")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setSpacing(10)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self.list_page)
        self.title_label.setObjectName(u"title_label")

        self.list_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.list_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.list_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(self.list_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(280, 0))

        self.filter_layout.addWidget(self.search_edit)

        self.kind_label = QLabel(self.list_page)
        self.kind_label.setObjectName(u"kind_label")

        self.filter_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(self.list_page)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filter_layout.addWidget(self.kind_combo)

        self.status_label = QLabel(self.list_page)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(self.list_page)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)


        self.list_layout.addLayout(self.filter_layout)

        self.people_table = QTableView(self.list_page)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSortingEnabled(False)

        self.list_layout.addWidget(self.people_table)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName(u"count_label")

        self.bottom_layout.addWidget(self.count_label)

        self.bottom_layout_spacer_1 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_layout_spacer_1)

        self.add_button = QPushButton(self.list_page)
        self.add_button.setObjectName(u"add_button")

        self.bottom_layout.addWidget(self.add_button)

        self.import_button = QPushButton(self.list_page)
        self.import_button.setObjectName(u"import_button")

        self.bottom_layout.addWidget(self.import_button)

        self.open_button = QPushButton(self.list_page)
        self.open_button.setObjectName(u"open_button")

        self.bottom_layout.addWidget(self.open_button)


        self.list_layout.addLayout(self.bottom_layout)

        self.stack.addWidget(self.list_page)

        self.main_layout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.people_table)
        QWidget.setTabOrder(self.people_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.open_button)

        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.title_label.setText(QCoreApplication.translate("PeoplePage", u"People", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("PeoplePage", u"title", None))
        self.intro_label.setText(QCoreApplication.translate("PeoplePage", u"Applicants, volunteers, staff and committee members. Type a name or a reference to find someone.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("PeoplePage", u"hint", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Search people by name or reference", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Search by name or reference", None))
        self.kind_label.setText(QCoreApplication.translate("PeoplePage", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Filter by kind", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PeoplePage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.people_table.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("PeoplePage", u"&Add person\u2026", None))
        self.import_button.setText(QCoreApplication.translate("PeoplePage", u"&Import from CSV\u2026", None))
        self.open_button.setText(QCoreApplication.translate("PeoplePage", u"&Open", None))
        pass
    # retranslateUi

