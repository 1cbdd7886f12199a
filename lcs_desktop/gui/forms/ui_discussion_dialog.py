# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discussion_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DiscussionDialog(object):
    def setupUi(self, DiscussionDialog):
        if not DiscussionDialog.objectName():
            DiscussionDialog.setObjectName(u"DiscussionDialog")
        DiscussionDialog.resize(1040, 620)
        DiscussionDialog.setModal(True)
        self.main_layout = QVBoxLayout(DiscussionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DiscussionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(20)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QFormLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.left_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.held_label = QLabel(DiscussionDialog)
        self.held_label.setObjectName(u"held_label")

        self.left_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_label)

        self.held_widget = QWidget(DiscussionDialog)
        self.held_widget.setObjectName(u"held_widget")
        self.held_layout = QHBoxLayout(self.held_widget)
        self.held_layout.setObjectName(u"held_layout")
        self.held_layout.setContentsMargins(0, 0, 0, 0)
        self.held_on_edit = QLineEdit(self.held_widget)
        self.held_on_edit.setObjectName(u"held_on_edit")
        self.held_on_edit.setMaxLength(10)

        self.held_layout.addWidget(self.held_on_edit)

        self.held_at_label = QLabel(self.held_widget)
        self.held_at_label.setObjectName(u"held_at_label")

        self.held_layout.addWidget(self.held_at_label)

        self.held_time_edit = QLineEdit(self.held_widget)
        self.held_time_edit.setObjectName(u"held_time_edit")
        self.held_time_edit.setMaxLength(5)

        self.held_layout.addWidget(self.held_time_edit)


        self.left_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_widget)

        self.held_at_error = QLabel(DiscussionDialog)
        self.held_at_error.setObjectName(u"held_at_error")
        self.held_at_error.setWordWrap(True)

        self.left_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.held_at_error)

        self.method_label = QLabel(DiscussionDialog)
        self.method_label.setObjectName(u"method_label")

        self.left_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_combo = QComboBox(DiscussionDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.left_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.method_error = QLabel(DiscussionDialog)
        self.method_error.setObjectName(u"method_error")
        self.method_error.setWordWrap(True)

        self.left_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.method_error)

        self.present_label = QLabel(DiscussionDialog)
        self.present_label.setObjectName(u"present_label")

        self.left_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.present_label)

        self.present_edit = QPlainTextEdit(DiscussionDialog)
        self.present_edit.setObjectName(u"present_edit")
        self.present_edit.setTabChangesFocus(True)
        self.present_edit.setMinimumSize(QSize(0, 50))

        self.left_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.present_edit)

        self.present_error = QLabel(DiscussionDialog)
        self.present_error.setObjectName(u"present_error")
        self.present_error.setWordWrap(True)

        self.left_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.present_error)

        self.findings_label = QLabel(DiscussionDialog)
        self.findings_label.setObjectName(u"findings_label")

        self.left_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.findings_label)

        self.findings_list = QListWidget(DiscussionDialog)
        self.findings_list.setObjectName(u"findings_list")
        self.findings_list.setMinimumSize(QSize(0, 80))
        self.findings_list.setWordWrap(True)

        self.left_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.findings_list)

        self.findings_discussed_error = QLabel(DiscussionDialog)
        self.findings_discussed_error.setObjectName(u"findings_discussed_error")
        self.findings_discussed_error.setWordWrap(True)

        self.left_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.findings_discussed_error)

        self.applicant_account_label = QLabel(DiscussionDialog)
        self.applicant_account_label.setObjectName(u"applicant_account_label")

        self.left_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.applicant_account_label)

        self.applicant_account_edit = QPlainTextEdit(DiscussionDialog)
        self.applicant_account_edit.setObjectName(u"applicant_account_edit")
        self.applicant_account_edit.setTabChangesFocus(True)
        self.applicant_account_edit.setMinimumSize(QSize(0, 90))

        self.left_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.applicant_account_edit)

        self.applicant_account_error = QLabel(DiscussionDialog)
        self.applicant_account_error.setObjectName(u"applicant_account_error")
        self.applicant_account_error.setWordWrap(True)

        self.left_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.applicant_account_error)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QFormLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.right_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.assessment_label = QLabel(DiscussionDialog)
        self.assessment_label.setObjectName(u"assessment_label")

        self.right_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessment_label)

        self.assessment_edit = QPlainTextEdit(DiscussionDialog)
        self.assessment_edit.setObjectName(u"assessment_edit")
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setMinimumSize(QSize(0, 90))

        self.right_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessment_edit)

        self.assessment_error = QLabel(DiscussionDialog)
        self.assessment_error.setObjectName(u"assessment_error")
        self.assessment_error.setWordWrap(True)

        self.right_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.assessment_error)

        self.outcome_label = QLabel(DiscussionDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.right_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(DiscussionDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.right_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.outcome_error = QLabel(DiscussionDialog)
        self.outcome_error.setObjectName(u"outcome_error")
        self.outcome_error.setWordWrap(True)

        self.right_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.outcome_error)

        self.decided_by_label = QLabel(DiscussionDialog)
        self.decided_by_label.setObjectName(u"decided_by_label")

        self.right_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decided_by_label)

        self.decided_by_edit = QLineEdit(DiscussionDialog)
        self.decided_by_edit.setObjectName(u"decided_by_edit")
        self.decided_by_edit.setMaxLength(200)

        self.right_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decided_by_edit)

        self.decided_by_error = QLabel(DiscussionDialog)
        self.decided_by_error.setObjectName(u"decided_by_error")
        self.decided_by_error.setWordWrap(True)

        self.right_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.decided_by_error)

        self.decision_reason_label = QLabel(DiscussionDialog)
        self.decision_reason_label.setObjectName(u"decision_reason_label")

        self.right_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decision_reason_label)

        self.decision_reason_edit = QPlainTextEdit(DiscussionDialog)
        self.decision_reason_edit.setObjectName(u"decision_reason_edit")
        self.decision_reason_edit.setTabChangesFocus(True)
        self.decision_reason_edit.setMinimumSize(QSize(0, 70))

        self.right_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decision_reason_edit)

        self.decision_reason_error = QLabel(DiscussionDialog)
        self.decision_reason_error.setObjectName(u"decision_reason_error")
        self.decision_reason_error.setWordWrap(True)

        self.right_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.decision_reason_error)

        self.applicant_told_on_label = QLabel(DiscussionDialog)
        self.applicant_told_on_label.setObjectName(u"applicant_told_on_label")

        self.right_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.applicant_told_on_label)

        self.applicant_told_on_edit = QLineEdit(DiscussionDialog)
        self.applicant_told_on_edit.setObjectName(u"applicant_told_on_edit")
        self.applicant_told_on_edit.setMaxLength(10)

        self.right_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.applicant_told_on_edit)

        self.applicant_told_on_error = QLabel(DiscussionDialog)
        self.applicant_told_on_error.setObjectName(u"applicant_told_on_error")
        self.applicant_told_on_error.setWordWrap(True)

        self.right_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.applicant_told_on_error)

        self.reason_label = QLabel(DiscussionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.right_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(DiscussionDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.right_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(DiscussionDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.right_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(DiscussionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DiscussionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.held_label.setBuddy(self.held_on_edit)
        self.method_label.setBuddy(self.method_combo)
        self.present_label.setBuddy(self.present_edit)
        self.findings_label.setBuddy(self.findings_list)
        self.applicant_account_label.setBuddy(self.applicant_account_edit)
        self.assessment_label.setBuddy(self.assessment_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.decided_by_label.setBuddy(self.decided_by_edit)
        self.decision_reason_label.setBuddy(self.decision_reason_edit)
        self.applicant_told_on_label.setBuddy(self.applicant_told_on_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_on_edit, self.held_time_edit)
        QWidget.setTabOrder(self.held_time_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.present_edit)
        QWidget.setTabOrder(self.present_edit, self.findings_list)
        QWidget.setTabOrder(self.findings_list, self.applicant_account_edit)
        QWidget.setTabOrder(self.applicant_account_edit, self.assessment_edit)
        QWidget.setTabOrder(self.assessment_edit, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.decided_by_edit)
        QWidget.setTabOrder(self.decided_by_edit, self.decision_reason_edit)
        QWidget.setTabOrder(self.decision_reason_edit, self.applicant_told_on_edit)
        QWidget.setTabOrder(self.applicant_told_on_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(DiscussionDialog)

        QMetaObject.connectSlotsByName(DiscussionDialog)
    # setupUi

    def retranslateUi(self, DiscussionDialog):
        DiscussionDialog.setWindowTitle(QCoreApplication.translate("DiscussionDialog", u"Discussion with the applicant", None))
        self.intro_label.setText(QCoreApplication.translate("DiscussionDialog", u"Policy \u00a73.1: findings are discussed with the applicant before any decision. Record what was said and decided; a decision is always recorded with its reason.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"hint", None))
        self.held_label.setText(QCoreApplication.translate("DiscussionDialog", u"&Held on:", None))
#if QT_CONFIG(accessibility)
        self.held_on_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Date of the discussion", None))
#endif // QT_CONFIG(accessibility)
        self.held_on_edit.setPlaceholderText(QCoreApplication.translate("DiscussionDialog", u"dd/mm/yyyy", None))
        self.held_at_label.setText(QCoreApplication.translate("DiscussionDialog", u"at", None))
#if QT_CONFIG(accessibility)
        self.held_time_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Time of the discussion", None))
#endif // QT_CONFIG(accessibility)
        self.held_time_edit.setPlaceholderText(QCoreApplication.translate("DiscussionDialog", u"hh:mm", None))
        self.held_at_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.method_label.setText(QCoreApplication.translate("DiscussionDialog", u"&How:", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"How the discussion was held", None))
#endif // QT_CONFIG(accessibility)
        self.method_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.present_label.setText(QCoreApplication.translate("DiscussionDialog", u"Who was &present:", None))
#if QT_CONFIG(accessibility)
        self.present_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Who was present", None))
#endif // QT_CONFIG(accessibility)
        self.present_edit.setPlaceholderText(QCoreApplication.translate("DiscussionDialog", u"names and roles", None))
        self.present_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.findings_label.setText(QCoreApplication.translate("DiscussionDialog", u"&Findings discussed:", None))
#if QT_CONFIG(accessibility)
        self.findings_list.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Findings discussed", None))
#endif // QT_CONFIG(accessibility)
        self.findings_discussed_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.applicant_account_label.setText(QCoreApplication.translate("DiscussionDialog", u"Applicant's a&ccount:", None))
#if QT_CONFIG(accessibility)
        self.applicant_account_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"The applicant's account", None))
#endif // QT_CONFIG(accessibility)
        self.applicant_account_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.assessment_label.setText(QCoreApplication.translate("DiscussionDialog", u"A&ssessment:", None))
#if QT_CONFIG(accessibility)
        self.assessment_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Assessment", None))
#endif // QT_CONFIG(accessibility)
        self.assessment_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.outcome_label.setText(QCoreApplication.translate("DiscussionDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.decided_by_label.setText(QCoreApplication.translate("DiscussionDialog", u"&Decided by:", None))
#if QT_CONFIG(accessibility)
        self.decided_by_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Who decided", None))
#endif // QT_CONFIG(accessibility)
        self.decided_by_edit.setPlaceholderText(QCoreApplication.translate("DiscussionDialog", u"name and role", None))
        self.decided_by_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.decision_reason_label.setText(QCoreApplication.translate("DiscussionDialog", u"Reas&on:", None))
#if QT_CONFIG(accessibility)
        self.decision_reason_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Reason for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.decision_reason_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.applicant_told_on_label.setText(QCoreApplication.translate("DiscussionDialog", u"Applicant &told on:", None))
#if QT_CONFIG(accessibility)
        self.applicant_told_on_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Date the applicant was told", None))
#endif // QT_CONFIG(accessibility)
        self.applicant_told_on_edit.setPlaceholderText(QCoreApplication.translate("DiscussionDialog", u"dd/mm/yyyy", None))
        self.applicant_told_on_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.reason_label.setText(QCoreApplication.translate("DiscussionDialog", u"Reason for the c&hange:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("DiscussionDialog", u"Reason for changing the discussion", None))
#endif // QT_CONFIG(accessibility)
        self.reason_error.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("DiscussionDialog", u"error", None))
    # retranslateUi

