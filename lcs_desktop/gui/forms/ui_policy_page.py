# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_page.ui'
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
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_PolicyPage(object):
    def setupUi(self, PolicyPage):
        if not PolicyPage.objectName():
            PolicyPage.setObjectName(u"PolicyPage")
        PolicyPage.resize(760, 480)
        self.main_layout = QVBoxLayout(PolicyPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(PolicyPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PolicyPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.tabs = QTabWidget(PolicyPage)
        self.tabs.setObjectName(u"tabs")
        self.versions_tab = QWidget()
        self.versions_tab.setObjectName(u"versions_tab")
        self.versions_layout = QVBoxLayout(self.versions_tab)
        self.versions_layout.setSpacing(10)
        self.versions_layout.setObjectName(u"versions_layout")
        self.versions_intro_label = QLabel(self.versions_tab)
        self.versions_intro_label.setObjectName(u"versions_intro_label")
        self.versions_intro_label.setWordWrap(True)

        self.versions_layout.addWidget(self.versions_intro_label)

        self.versions_actions_layout = QHBoxLayout()
        self.versions_actions_layout.setObjectName(u"versions_actions_layout")
        self.view_text_button = QPushButton(self.versions_tab)
        self.view_text_button.setObjectName(u"view_text_button")

        self.versions_actions_layout.addWidget(self.view_text_button)

        self.add_version_button = QPushButton(self.versions_tab)
        self.add_version_button.setObjectName(u"add_version_button")

        self.versions_actions_layout.addWidget(self.add_version_button)

        self.approve_button = QPushButton(self.versions_tab)
        self.approve_button.setObjectName(u"approve_button")

        self.versions_actions_layout.addWidget(self.approve_button)

        self.versions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versions_actions_layout.addItem(self.versions_spacer)


        self.versions_layout.addLayout(self.versions_actions_layout)

        self.versions_table = QTableView(self.versions_tab)
        self.versions_table.setObjectName(u"versions_table")
        self.versions_table.setTabKeyNavigation(False)
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setAlternatingRowColors(True)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        self.versions_table.verticalHeader().setVisible(False)

        self.versions_layout.addWidget(self.versions_table)

        self.tabs.addTab(self.versions_tab, "")
        self.acks_tab = QWidget()
        self.acks_tab.setObjectName(u"acks_tab")
        self.acks_layout = QVBoxLayout(self.acks_tab)
        self.acks_layout.setSpacing(10)
        self.acks_layout.setObjectName(u"acks_layout")
        self.acks_filter_layout = QHBoxLayout()
        self.acks_filter_layout.setObjectName(u"acks_filter_layout")
        self.version_label = QLabel(self.acks_tab)
        self.version_label.setObjectName(u"version_label")

        self.acks_filter_layout.addWidget(self.version_label)

        self.version_combo = QComboBox(self.acks_tab)
        self.version_combo.setObjectName(u"version_combo")

        self.acks_filter_layout.addWidget(self.version_combo)

        self.pending_only_check = QCheckBox(self.acks_tab)
        self.pending_only_check.setObjectName(u"pending_only_check")

        self.acks_filter_layout.addWidget(self.pending_only_check)

        self.acks_filter_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acks_filter_layout.addItem(self.acks_filter_spacer)

        self.count_label = QLabel(self.acks_tab)
        self.count_label.setObjectName(u"count_label")

        self.acks_filter_layout.addWidget(self.count_label)


        self.acks_layout.addLayout(self.acks_filter_layout)

        self.acks_actions_layout = QHBoxLayout()
        self.acks_actions_layout.setObjectName(u"acks_actions_layout")
        self.record_button = QPushButton(self.acks_tab)
        self.record_button.setObjectName(u"record_button")

        self.acks_actions_layout.addWidget(self.record_button)

        self.import_button = QPushButton(self.acks_tab)
        self.import_button.setObjectName(u"import_button")

        self.acks_actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(self.acks_tab)
        self.export_button.setObjectName(u"export_button")

        self.acks_actions_layout.addWidget(self.export_button)

        self.acks_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acks_actions_layout.addItem(self.acks_spacer)


        self.acks_layout.addLayout(self.acks_actions_layout)

        self.acks_table = QTableView(self.acks_tab)
        self.acks_table.setObjectName(u"acks_table")
        self.acks_table.setTabKeyNavigation(False)
        self.acks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.acks_table.setAlternatingRowColors(True)
        self.acks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.acks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.acks_table.horizontalHeader().setStretchLastSection(True)
        self.acks_table.verticalHeader().setVisible(False)

        self.acks_layout.addWidget(self.acks_table)

        self.tabs.addTab(self.acks_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.message_label = QLabel(PolicyPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.version_label.setBuddy(self.version_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.view_text_button)
        QWidget.setTabOrder(self.view_text_button, self.add_version_button)
        QWidget.setTabOrder(self.add_version_button, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.versions_table)
        QWidget.setTabOrder(self.versions_table, self.version_combo)
        QWidget.setTabOrder(self.version_combo, self.pending_only_check)
        QWidget.setTabOrder(self.pending_only_check, self.record_button)
        QWidget.setTabOrder(self.record_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.acks_table)

        self.retranslateUi(PolicyPage)

        QMetaObject.connectSlotsByName(PolicyPage)
    # setupUi

    def retranslateUi(self, PolicyPage):
        self.title_label.setText(QCoreApplication.translate("PolicyPage", u"Policy register", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("PolicyPage", u"title", None))
        self.intro_label.setText(QCoreApplication.translate("PolicyPage", u"The Social Media Policy's versions, and which staff, volunteers and committee members have acknowledged which version.", None))
        self.versions_intro_label.setText(QCoreApplication.translate("PolicyPage", u"Each version of the Social Media Policy with its approval and its next review: \u00a710 says the policy is reviewed annually, so the next review is twelve months after approval. New checks and cases record the version in force.", None))
        self.view_text_button.setText(QCoreApplication.translate("PolicyPage", u"&Read the text\u2026", None))
        self.add_version_button.setText(QCoreApplication.translate("PolicyPage", u"&Add a version\u2026", None))
        self.approve_button.setText(QCoreApplication.translate("PolicyPage", u"Record the a&pproval\u2026", None))
#if QT_CONFIG(accessibility)
        self.versions_table.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Policy versions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.versions_tab), QCoreApplication.translate("PolicyPage", u"&Versions", None))
        self.version_label.setText(QCoreApplication.translate("PolicyPage", u"Ver&sion:", None))
#if QT_CONFIG(accessibility)
        self.version_combo.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Policy version", None))
#endif // QT_CONFIG(accessibility)
        self.pending_only_check.setText(QCoreApplication.translate("PolicyPage", u"&Not yet acknowledged only", None))
        self.count_label.setProperty(u"role", QCoreApplication.translate("PolicyPage", u"hint", None))
        self.record_button.setText(QCoreApplication.translate("PolicyPage", u"&Record an acknowledgement\u2026", None))
        self.import_button.setText(QCoreApplication.translate("PolicyPage", u"&Import from CSV\u2026", None))
        self.export_button.setText(QCoreApplication.translate("PolicyPage", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("PolicyPage", u"Who has not yet acknowledged, to an Excel workbook or a CSV file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.acks_table.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Acknowledgements", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.acks_tab), QCoreApplication.translate("PolicyPage", u"A&cknowledgements", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("PolicyPage", u"hint", None))
        pass
    # retranslateUi

