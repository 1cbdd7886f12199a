# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PersonPage(object):
    def setupUi(self, PersonPage):
        if not PersonPage.objectName():
            PersonPage.setObjectName(u"PersonPage")
        PersonPage.resize(900, 620)
        self.main_layout = QVBoxLayout(PersonPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.back_button = QPushButton(PersonPage)
        self.back_button.setObjectName(u"back_button")

        self.top_layout.addWidget(self.back_button)

        self.top_layout_spacer_1 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_layout_spacer_1)


        self.main_layout.addLayout(self.top_layout)

        self.name_label = QLabel(PersonPage)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setWordWrap(True)

        self.main_layout.addWidget(self.name_label)

        self.summary_label = QLabel(PersonPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.details_group = QGroupBox(PersonPage)
        self.details_group.setObjectName(u"details_group")
        self.details_layout = QFormLayout(self.details_group)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.reference_label = QLabel(self.details_group)
        self.reference_label.setObjectName(u"reference_label")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_value = QLabel(self.details_group)
        self.reference_value.setObjectName(u"reference_value")
        self.reference_value.setWordWrap(True)
        self.reference_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference_value)

        self.role_label = QLabel(self.details_group)
        self.role_label.setObjectName(u"role_label")

        self.details_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_value = QLabel(self.details_group)
        self.role_value.setObjectName(u"role_value")
        self.role_value.setWordWrap(True)
        self.role_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_value)

        self.email_label = QLabel(self.details_group)
        self.email_label.setObjectName(u"email_label")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_value = QLabel(self.details_group)
        self.email_value.setObjectName(u"email_value")
        self.email_value.setWordWrap(True)
        self.email_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_value)

        self.phone_label = QLabel(self.details_group)
        self.phone_label.setObjectName(u"phone_label")

        self.details_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_value = QLabel(self.details_group)
        self.phone_value.setObjectName(u"phone_value")
        self.phone_value.setWordWrap(True)
        self.phone_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_value)

        self.date_of_birth_label = QLabel(self.details_group)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.details_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth_value = QLabel(self.details_group)
        self.date_of_birth_value.setObjectName(u"date_of_birth_value")
        self.date_of_birth_value.setWordWrap(True)
        self.date_of_birth_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.date_of_birth_value)

        self.recorded_label = QLabel(self.details_group)
        self.recorded_label.setObjectName(u"recorded_label")

        self.details_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recorded_label)

        self.recorded_value = QLabel(self.details_group)
        self.recorded_value.setObjectName(u"recorded_value")
        self.recorded_value.setWordWrap(True)
        self.recorded_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recorded_value)


        self.main_layout.addWidget(self.details_group)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.edit_button = QPushButton(PersonPage)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.start_check_button = QPushButton(PersonPage)
        self.start_check_button.setObjectName(u"start_check_button")

        self.actions_layout.addWidget(self.start_check_button)

        self.actions_layout_spacer_2 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_layout_spacer_2)


        self.main_layout.addLayout(self.actions_layout)

        self.guard_label = QLabel(PersonPage)
        self.guard_label.setObjectName(u"guard_label")
        self.guard_label.setWordWrap(True)

        self.main_layout.addWidget(self.guard_label)

        self.checks_group = QGroupBox(PersonPage)
        self.checks_group.setObjectName(u"checks_group")
        self.checks_layout = QVBoxLayout(self.checks_group)
        self.checks_layout.setObjectName(u"checks_layout")
        self.checks_table = QTableView(self.checks_group)
        self.checks_table.setObjectName(u"checks_table")
        self.checks_table.setTabKeyNavigation(False)
        self.checks_table.setAlternatingRowColors(True)
        self.checks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.checks_layout.addWidget(self.checks_table)

        self.checks_buttons = QHBoxLayout()
        self.checks_buttons.setObjectName(u"checks_buttons")
        self.checks_buttons_spacer_0 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checks_buttons.addItem(self.checks_buttons_spacer_0)

        self.open_check_button = QPushButton(self.checks_group)
        self.open_check_button.setObjectName(u"open_check_button")

        self.checks_buttons.addWidget(self.open_check_button)


        self.checks_layout.addLayout(self.checks_buttons)


        self.main_layout.addWidget(self.checks_group)

        self.error_label = QLabel(PersonPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.reference_label.setBuddy(self.reference_value)
        self.role_label.setBuddy(self.role_value)
        self.email_label.setBuddy(self.email_value)
        self.phone_label.setBuddy(self.phone_value)
        self.date_of_birth_label.setBuddy(self.date_of_birth_value)
        self.recorded_label.setBuddy(self.recorded_value)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonPage)

        QMetaObject.connectSlotsByName(PersonPage)
    # setupUi

    def retranslateUi(self, PersonPage):
        self.back_button.setText(QCoreApplication.translate("PersonPage", u"\u2190 Back to &people", None))
        self.name_label.setProperty(u"role", QCoreApplication.translate("PersonPage", u"title", None))
        self.details_group.setTitle(QCoreApplication.translate("PersonPage", u"Details", None))
        self.reference_label.setText(QCoreApplication.translate("PersonPage", u"Reference:", None))
#if QT_CONFIG(accessibility)
        self.reference_value.setAccessibleName(QCoreApplication.translate("PersonPage", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("PersonPage", u"Role:", None))
#if QT_CONFIG(accessibility)
        self.role_value.setAccessibleName(QCoreApplication.translate("PersonPage", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PersonPage", u"Email:", None))
#if QT_CONFIG(accessibility)
        self.email_value.setAccessibleName(QCoreApplication.translate("PersonPage", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("PersonPage", u"Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_value.setAccessibleName(QCoreApplication.translate("PersonPage", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_label.setText(QCoreApplication.translate("PersonPage", u"Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth_value.setAccessibleName(QCoreApplication.translate("PersonPage", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_label.setText(QCoreApplication.translate("PersonPage", u"Recorded:", None))
#if QT_CONFIG(accessibility)
        self.recorded_value.setAccessibleName(QCoreApplication.translate("PersonPage", u"Recorded and last changed", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("PersonPage", u"&Edit details\u2026", None))
        self.start_check_button.setText(QCoreApplication.translate("PersonPage", u"&Start a social media check\u2026", None))
        self.guard_label.setProperty(u"role", QCoreApplication.translate("PersonPage", u"hint", None))
        self.checks_group.setTitle(QCoreApplication.translate("PersonPage", u"Social media checks", None))
#if QT_CONFIG(accessibility)
        self.checks_table.setAccessibleName(QCoreApplication.translate("PersonPage", u"This person's checks", None))
#endif // QT_CONFIG(accessibility)
        self.open_check_button.setText(QCoreApplication.translate("PersonPage", u"&Open check", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("PersonPage", u"error", None))
        pass
    # retranslateUi

