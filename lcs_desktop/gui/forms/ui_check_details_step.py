# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_details_step.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CheckDetailsStep(object):
    def setupUi(self, CheckDetailsStep):
        if not CheckDetailsStep.objectName():
            CheckDetailsStep.setObjectName(u"CheckDetailsStep")
        CheckDetailsStep.resize(700, 560)
        self.main_layout = QVBoxLayout(CheckDetailsStep)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(CheckDetailsStep)
        self.heading_label.setObjectName(u"heading_label")

        self.main_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(CheckDetailsStep)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.role_applied_for_label = QLabel(CheckDetailsStep)
        self.role_applied_for_label.setObjectName(u"role_applied_for_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_applied_for_label)

        self.role_applied_for_edit = QLineEdit(CheckDetailsStep)
        self.role_applied_for_edit.setObjectName(u"role_applied_for_edit")
        self.role_applied_for_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_applied_for_edit)

        self.role_applied_for_error = QLabel(CheckDetailsStep)
        self.role_applied_for_error.setObjectName(u"role_applied_for_error")
        self.role_applied_for_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.role_applied_for_error)

        self.stage_label = QLabel(CheckDetailsStep)
        self.stage_label.setObjectName(u"stage_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stage_label)

        self.stage_combo = QComboBox(CheckDetailsStep)
        self.stage_combo.setObjectName(u"stage_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stage_combo)

        self.stage_error = QLabel(CheckDetailsStep)
        self.stage_error.setObjectName(u"stage_error")
        self.stage_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.stage_error)

        self.authorised_by_label = QLabel(CheckDetailsStep)
        self.authorised_by_label.setObjectName(u"authorised_by_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authorised_by_label)

        self.authorised_by_edit = QLineEdit(CheckDetailsStep)
        self.authorised_by_edit.setObjectName(u"authorised_by_edit")
        self.authorised_by_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authorised_by_edit)

        self.authorised_by_error = QLabel(CheckDetailsStep)
        self.authorised_by_error.setObjectName(u"authorised_by_error")
        self.authorised_by_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.authorised_by_error)

        self.privacy_notice_date_label = QLabel(CheckDetailsStep)
        self.privacy_notice_date_label.setObjectName(u"privacy_notice_date_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.privacy_notice_date_label)

        self.privacy_notice_date_edit = QLineEdit(CheckDetailsStep)
        self.privacy_notice_date_edit.setObjectName(u"privacy_notice_date_edit")
        self.privacy_notice_date_edit.setMaxLength(10)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.privacy_notice_date_edit)

        self.privacy_notice_date_hint = QLabel(CheckDetailsStep)
        self.privacy_notice_date_hint.setObjectName(u"privacy_notice_date_hint")
        self.privacy_notice_date_hint.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.privacy_notice_date_hint)

        self.privacy_notice_date_error = QLabel(CheckDetailsStep)
        self.privacy_notice_date_error.setObjectName(u"privacy_notice_date_error")
        self.privacy_notice_date_error.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.privacy_notice_date_error)

        self.proportionality_reason_label = QLabel(CheckDetailsStep)
        self.proportionality_reason_label.setObjectName(u"proportionality_reason_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.proportionality_reason_label)

        self.proportionality_reason_edit = QPlainTextEdit(CheckDetailsStep)
        self.proportionality_reason_edit.setObjectName(u"proportionality_reason_edit")
        self.proportionality_reason_edit.setTabChangesFocus(True)
        self.proportionality_reason_edit.setMinimumSize(QSize(0, 70))
        self.proportionality_reason_edit.setMaximumSize(QSize(16777215, 130))

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.proportionality_reason_edit)

        self.proportionality_reason_error = QLabel(CheckDetailsStep)
        self.proportionality_reason_error.setObjectName(u"proportionality_reason_error")
        self.proportionality_reason_error.setWordWrap(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.proportionality_reason_error)


        self.main_layout.addLayout(self.form_layout)

        self.checker_on_panel_check = QCheckBox(CheckDetailsStep)
        self.checker_on_panel_check.setObjectName(u"checker_on_panel_check")

        self.main_layout.addWidget(self.checker_on_panel_check)

        self.panel_group = QGroupBox(CheckDetailsStep)
        self.panel_group.setObjectName(u"panel_group")
        self.panel_layout = QVBoxLayout(self.panel_group)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_warning_label = QLabel(self.panel_group)
        self.panel_warning_label.setObjectName(u"panel_warning_label")
        self.panel_warning_label.setWordWrap(True)

        self.panel_layout.addWidget(self.panel_warning_label)

        self.panel_note_edit = QPlainTextEdit(self.panel_group)
        self.panel_note_edit.setObjectName(u"panel_note_edit")
        self.panel_note_edit.setTabChangesFocus(True)
        self.panel_note_edit.setMinimumSize(QSize(0, 50))

        self.panel_layout.addWidget(self.panel_note_edit)

        self.panel_status_label = QLabel(self.panel_group)
        self.panel_status_label.setObjectName(u"panel_status_label")
        self.panel_status_label.setWordWrap(True)

        self.panel_layout.addWidget(self.panel_status_label)

        self.panel_buttons = QHBoxLayout()
        self.panel_buttons.setObjectName(u"panel_buttons")
        self.panel_buttons_spacer_0 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.panel_buttons.addItem(self.panel_buttons_spacer_0)

        self.confirm_panel_button = QPushButton(self.panel_group)
        self.confirm_panel_button.setObjectName(u"confirm_panel_button")

        self.panel_buttons.addWidget(self.confirm_panel_button)


        self.panel_layout.addLayout(self.panel_buttons)


        self.main_layout.addWidget(self.panel_group)

        self.main_layout_spacer_5 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.main_layout_spacer_5)

#if QT_CONFIG(shortcut)
        self.role_applied_for_label.setBuddy(self.role_applied_for_edit)
        self.stage_label.setBuddy(self.stage_combo)
        self.authorised_by_label.setBuddy(self.authorised_by_edit)
        self.privacy_notice_date_label.setBuddy(self.privacy_notice_date_edit)
        self.proportionality_reason_label.setBuddy(self.proportionality_reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role_applied_for_edit, self.stage_combo)
        QWidget.setTabOrder(self.stage_combo, self.authorised_by_edit)
        QWidget.setTabOrder(self.authorised_by_edit, self.privacy_notice_date_edit)
        QWidget.setTabOrder(self.privacy_notice_date_edit, self.proportionality_reason_edit)
        QWidget.setTabOrder(self.proportionality_reason_edit, self.checker_on_panel_check)
        QWidget.setTabOrder(self.checker_on_panel_check, self.panel_note_edit)
        QWidget.setTabOrder(self.panel_note_edit, self.confirm_panel_button)

        self.retranslateUi(CheckDetailsStep)

        QMetaObject.connectSlotsByName(CheckDetailsStep)
    # setupUi

    def retranslateUi(self, CheckDetailsStep):
        self.heading_label.setText(QCoreApplication.translate("CheckDetailsStep", u"Before the search", None))
        self.heading_label.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"title", None))
        self.intro_label.setText(QCoreApplication.translate("CheckDetailsStep", u"Policy \u00a73.1: checks are made early in recruitment, only on someone who has been told they will be made, and only where they are proportionate to the role (\u00a79).", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"hint", None))
        self.role_applied_for_label.setText(QCoreApplication.translate("CheckDetailsStep", u"&Role applied for:", None))
#if QT_CONFIG(accessibility)
        self.role_applied_for_edit.setAccessibleName(QCoreApplication.translate("CheckDetailsStep", u"Role applied for", None))
#endif // QT_CONFIG(accessibility)
        self.role_applied_for_edit.setPlaceholderText(QCoreApplication.translate("CheckDetailsStep", u"for example: contact supervisor (volunteer)", None))
        self.role_applied_for_error.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"error", None))
        self.stage_label.setText(QCoreApplication.translate("CheckDetailsStep", u"Recruitment s&tage:", None))
#if QT_CONFIG(accessibility)
        self.stage_combo.setAccessibleName(QCoreApplication.translate("CheckDetailsStep", u"Recruitment stage", None))
#endif // QT_CONFIG(accessibility)
        self.stage_error.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"error", None))
        self.authorised_by_label.setText(QCoreApplication.translate("CheckDetailsStep", u"&Authorised by:", None))
#if QT_CONFIG(accessibility)
        self.authorised_by_edit.setAccessibleName(QCoreApplication.translate("CheckDetailsStep", u"Who authorised the check", None))
#endif // QT_CONFIG(accessibility)
        self.authorised_by_edit.setPlaceholderText(QCoreApplication.translate("CheckDetailsStep", u"the safeguarding lead who authorised this check", None))
        self.authorised_by_error.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"error", None))
        self.privacy_notice_date_label.setText(QCoreApplication.translate("CheckDetailsStep", u"&Date applicant told:", None))
#if QT_CONFIG(accessibility)
        self.privacy_notice_date_edit.setAccessibleName(QCoreApplication.translate("CheckDetailsStep", u"Date the applicant was told checks would be made", None))
#endif // QT_CONFIG(accessibility)
        self.privacy_notice_date_edit.setPlaceholderText(QCoreApplication.translate("CheckDetailsStep", u"dd/mm/yyyy", None))
        self.privacy_notice_date_hint.setText(QCoreApplication.translate("CheckDetailsStep", u"Required: the date the applicant was told (privacy notice) that social media checks would be made.", None))
        self.privacy_notice_date_hint.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"hint", None))
        self.privacy_notice_date_error.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"error", None))
        self.proportionality_reason_label.setText(QCoreApplication.translate("CheckDetailsStep", u"&Why proportionate:", None))
#if QT_CONFIG(accessibility)
        self.proportionality_reason_edit.setAccessibleName(QCoreApplication.translate("CheckDetailsStep", u"Why the check is proportionate", None))
#endif // QT_CONFIG(accessibility)
        self.proportionality_reason_edit.setPlaceholderText(QCoreApplication.translate("CheckDetailsStep", u"why a check is proportionate for this role (policy \u00a79)", None))
        self.proportionality_reason_error.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"error", None))
        self.checker_on_panel_check.setText(QCoreApplication.translate("CheckDetailsStep", u"I am also on this applicant's interview &panel", None))
        self.panel_group.setTitle(QCoreApplication.translate("CheckDetailsStep", u"Interview panel: the safeguarding lead must confirm", None))
#if QT_CONFIG(accessibility)
        self.panel_note_edit.setAccessibleName(QCoreApplication.translate("CheckDetailsStep", u"Lead's note confirming the check can stand", None))
#endif // QT_CONFIG(accessibility)
        self.panel_note_edit.setPlaceholderText(QCoreApplication.translate("CheckDetailsStep", u"lead's note: why the check can stand", None))
        self.panel_status_label.setProperty(u"role", QCoreApplication.translate("CheckDetailsStep", u"hint", None))
        self.confirm_panel_button.setText(QCoreApplication.translate("CheckDetailsStep", u"&Confirm as safeguarding lead", None))
        pass
    # retranslateUi

