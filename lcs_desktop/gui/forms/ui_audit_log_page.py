# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log_page.ui'
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
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditLogPage(object):
    def setupUi(self, AuditLogPage):
        if not AuditLogPage.objectName():
            AuditLogPage.setObjectName(u"AuditLogPage")
        AuditLogPage.resize(820, 520)
        self.main_layout = QVBoxLayout(AuditLogPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(AuditLogPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.filters_group = QGroupBox(AuditLogPage)
        self.filters_group.setObjectName(u"filters_group")
        self.filters_layout = QGridLayout(self.filters_group)
        self.filters_layout.setObjectName(u"filters_layout")
        self.from_date_label = QLabel(self.filters_group)
        self.from_date_label.setObjectName(u"from_date_label")

        self.filters_layout.addWidget(self.from_date_label, 0, 0, 1, 1)

        self.from_date_edit = QDateEdit(self.filters_group)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.from_date_edit, 0, 1, 1, 1)

        self.to_date_label = QLabel(self.filters_group)
        self.to_date_label.setObjectName(u"to_date_label")

        self.filters_layout.addWidget(self.to_date_label, 0, 2, 1, 1)

        self.to_date_edit = QDateEdit(self.filters_group)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.to_date_edit, 0, 3, 1, 1)

        self.person_label = QLabel(self.filters_group)
        self.person_label.setObjectName(u"person_label")

        self.filters_layout.addWidget(self.person_label, 1, 0, 1, 1)

        self.person_combo = QComboBox(self.filters_group)
        self.person_combo.setObjectName(u"person_combo")
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.person_combo, 1, 1, 1, 1)

        self.action_label = QLabel(self.filters_group)
        self.action_label.setObjectName(u"action_label")

        self.filters_layout.addWidget(self.action_label, 1, 2, 1, 1)

        self.action_combo = QComboBox(self.filters_group)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.action_combo, 1, 3, 1, 1)

        self.refused_check = QCheckBox(self.filters_group)
        self.refused_check.setObjectName(u"refused_check")

        self.filters_layout.addWidget(self.refused_check, 1, 4, 1, 1)

        self.apply_button = QPushButton(self.filters_group)
        self.apply_button.setObjectName(u"apply_button")

        self.filters_layout.addWidget(self.apply_button, 1, 5, 1, 1)

        self.filters_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer, 0, 4, 1, 3)


        self.main_layout.addWidget(self.filters_group)

        self.events_table = QTableView(AuditLogPage)
        self.events_table.setObjectName(u"events_table")
        self.events_table.setTabKeyNavigation(False)
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setAlternatingRowColors(True)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setWordWrap(False)
        self.events_table.horizontalHeader().setStretchLastSection(True)
        self.events_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.events_table)

        self.verify_layout = QHBoxLayout()
        self.verify_layout.setObjectName(u"verify_layout")
        self.count_label = QLabel(AuditLogPage)
        self.count_label.setObjectName(u"count_label")

        self.verify_layout.addWidget(self.count_label)

        self.verify_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verify_layout.addItem(self.verify_spacer)

        self.details_button = QPushButton(AuditLogPage)
        self.details_button.setObjectName(u"details_button")
        self.details_button.setCheckable(True)

        self.verify_layout.addWidget(self.details_button)

        self.verify_button = QPushButton(AuditLogPage)
        self.verify_button.setObjectName(u"verify_button")

        self.verify_layout.addWidget(self.verify_button)

        self.cancel_verify_button = QPushButton(AuditLogPage)
        self.cancel_verify_button.setObjectName(u"cancel_verify_button")

        self.verify_layout.addWidget(self.cancel_verify_button)


        self.main_layout.addLayout(self.verify_layout)

        self.verify_progress_bar = QProgressBar(AuditLogPage)
        self.verify_progress_bar.setObjectName(u"verify_progress_bar")
        self.verify_progress_bar.setValue(0)

        self.main_layout.addWidget(self.verify_progress_bar)

        self.verify_result_label = QLabel(AuditLogPage)
        self.verify_result_label.setObjectName(u"verify_result_label")
        self.verify_result_label.setWordWrap(True)

        self.main_layout.addWidget(self.verify_result_label)

#if QT_CONFIG(shortcut)
        self.from_date_label.setBuddy(self.from_date_edit)
        self.to_date_label.setBuddy(self.to_date_edit)
        self.person_label.setBuddy(self.person_combo)
        self.action_label.setBuddy(self.action_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.person_combo)
        QWidget.setTabOrder(self.person_combo, self.action_combo)
        QWidget.setTabOrder(self.action_combo, self.refused_check)
        QWidget.setTabOrder(self.refused_check, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.events_table)
        QWidget.setTabOrder(self.events_table, self.details_button)
        QWidget.setTabOrder(self.details_button, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.cancel_verify_button)

        self.retranslateUi(AuditLogPage)

        QMetaObject.connectSlotsByName(AuditLogPage)
    # setupUi

    def retranslateUi(self, AuditLogPage):
        self.title_label.setText(QCoreApplication.translate("AuditLogPage", u"Audit log", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("AuditLogPage", u"title", None))
        self.filters_group.setTitle(QCoreApplication.translate("AuditLogPage", u"Show events", None))
        self.from_date_label.setText(QCoreApplication.translate("AuditLogPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.from_date_edit.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.from_date_edit.setDisplayFormat(QCoreApplication.translate("AuditLogPage", u"dd/MM/yyyy", None))
        self.to_date_label.setText(QCoreApplication.translate("AuditLogPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_date_edit.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.to_date_edit.setDisplayFormat(QCoreApplication.translate("AuditLogPage", u"dd/MM/yyyy", None))
        self.person_label.setText(QCoreApplication.translate("AuditLogPage", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.person_combo.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.action_label.setText(QCoreApplication.translate("AuditLogPage", u"A&ction:", None))
#if QT_CONFIG(accessibility)
        self.action_combo.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.refused_check.setText(QCoreApplication.translate("AuditLogPage", u"&Refused attempts", None))
#if QT_CONFIG(accessibility)
        self.refused_check.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Only refused attempts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refused_check.setToolTip(QCoreApplication.translate("AuditLogPage", u"Only the attempts the app refused: someone opening or changing what their role does not allow", None))
#endif // QT_CONFIG(tooltip)
        self.apply_button.setText(QCoreApplication.translate("AuditLogPage", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.events_table.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Audit events", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setProperty(u"role", QCoreApplication.translate("AuditLogPage", u"hint", None))
        self.details_button.setText(QCoreApplication.translate("AuditLogPage", u"Show &details", None))
#if QT_CONFIG(accessibility)
        self.details_button.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Show the raw fields of each event, for IT", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.details_button.setToolTip(QCoreApplication.translate("AuditLogPage", u"The stored fields of each event as they are kept: for IT and for checking the sentences", None))
#endif // QT_CONFIG(tooltip)
        self.verify_button.setText(QCoreApplication.translate("AuditLogPage", u"&Verify the log", None))
#if QT_CONFIG(accessibility)
        self.verify_button.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Verify that no event was changed, removed or reordered", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_verify_button.setText(QCoreApplication.translate("AuditLogPage", u"&Stop checking", None))
#if QT_CONFIG(accessibility)
        self.cancel_verify_button.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Stop verifying the log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verify_progress_bar.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Verification progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verify_result_label.setAccessibleName(QCoreApplication.translate("AuditLogPage", u"Verification result", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

