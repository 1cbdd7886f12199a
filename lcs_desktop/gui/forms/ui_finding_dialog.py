# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FindingDialog(object):
    def setupUi(self, FindingDialog):
        if not FindingDialog.objectName():
            FindingDialog.setObjectName(u"FindingDialog")
        FindingDialog.resize(1000, 600)
        FindingDialog.setModal(True)
        self.main_layout = QVBoxLayout(FindingDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.platform_label = QLabel(FindingDialog)
        self.platform_label.setObjectName(u"platform_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform_combo = QComboBox(FindingDialog)
        self.platform_combo.setObjectName(u"platform_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.platform_combo)

        self.platform_error = QLabel(FindingDialog)
        self.platform_error.setObjectName(u"platform_error")
        self.platform_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.platform_error)

        self.address_label = QLabel(FindingDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(FindingDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.address_error = QLabel(FindingDialog)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.address_error)

        self.content_date_label = QLabel(FindingDialog)
        self.content_date_label.setObjectName(u"content_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.content_date_label)

        self.content_date_edit = QLineEdit(FindingDialog)
        self.content_date_edit.setObjectName(u"content_date_edit")
        self.content_date_edit.setMaxLength(10)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.content_date_edit)

        self.content_date_error = QLabel(FindingDialog)
        self.content_date_error.setObjectName(u"content_date_error")
        self.content_date_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.content_date_error)

        self.captured_on_label = QLabel(FindingDialog)
        self.captured_on_label.setObjectName(u"captured_on_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.captured_on_label)

        self.captured_on_edit = QLineEdit(FindingDialog)
        self.captured_on_edit.setObjectName(u"captured_on_edit")
        self.captured_on_edit.setMaxLength(10)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.captured_on_edit)

        self.captured_on_error = QLabel(FindingDialog)
        self.captured_on_error.setObjectName(u"captured_on_error")
        self.captured_on_error.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.captured_on_error)

        self.seen_label = QLabel(FindingDialog)
        self.seen_label.setObjectName(u"seen_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.seen_label)

        self.seen_edit = QPlainTextEdit(FindingDialog)
        self.seen_edit.setObjectName(u"seen_edit")
        self.seen_edit.setTabChangesFocus(True)
        self.seen_edit.setMinimumSize(QSize(0, 90))

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.seen_edit)

        self.seen_error = QLabel(FindingDialog)
        self.seen_error.setObjectName(u"seen_error")
        self.seen_error.setWordWrap(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.seen_error)

        self.category_label = QLabel(FindingDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(FindingDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.category_policy_label = QLabel(FindingDialog)
        self.category_policy_label.setObjectName(u"category_policy_label")
        self.category_policy_label.setWordWrap(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.category_policy_label)

        self.category_error = QLabel(FindingDialog)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setWordWrap(True)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.category_error)

        self.severity_label = QLabel(FindingDialog)
        self.severity_label.setObjectName(u"severity_label")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.severity_label)

        self.severity_combo = QComboBox(FindingDialog)
        self.severity_combo.setObjectName(u"severity_combo")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.severity_combo)

        self.severity_error = QLabel(FindingDialog)
        self.severity_error.setObjectName(u"severity_error")
        self.severity_error.setWordWrap(True)

        self.form_layout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.severity_error)

        self.relevance_label = QLabel(FindingDialog)
        self.relevance_label.setObjectName(u"relevance_label")

        self.form_layout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.relevance_label)

        self.relevance_combo = QComboBox(FindingDialog)
        self.relevance_combo.setObjectName(u"relevance_combo")

        self.form_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.relevance_combo)

        self.relevance_error = QLabel(FindingDialog)
        self.relevance_error.setObjectName(u"relevance_error")
        self.relevance_error.setWordWrap(True)

        self.form_layout.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.relevance_error)


        self.columns_layout.addLayout(self.form_layout)

        self.evidence_group = QGroupBox(FindingDialog)
        self.evidence_group.setObjectName(u"evidence_group")
        self.evidence_layout = QVBoxLayout(self.evidence_group)
        self.evidence_layout.setObjectName(u"evidence_layout")

        self.columns_layout.addWidget(self.evidence_group)


        self.main_layout.addLayout(self.columns_layout)

        self.reason_layout = QHBoxLayout()
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_label = QLabel(FindingDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_layout.addWidget(self.reason_label)

        self.reason_edit = QLineEdit(FindingDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.reason_layout.addWidget(self.reason_edit)


        self.main_layout.addLayout(self.reason_layout)

        self.error_label = QLabel(FindingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FindingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.platform_label.setBuddy(self.platform_combo)
        self.address_label.setBuddy(self.address_edit)
        self.content_date_label.setBuddy(self.content_date_edit)
        self.captured_on_label.setBuddy(self.captured_on_edit)
        self.seen_label.setBuddy(self.seen_edit)
        self.category_label.setBuddy(self.category_combo)
        self.severity_label.setBuddy(self.severity_combo)
        self.relevance_label.setBuddy(self.relevance_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.platform_combo, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.content_date_edit)
        QWidget.setTabOrder(self.content_date_edit, self.captured_on_edit)
        QWidget.setTabOrder(self.captured_on_edit, self.seen_edit)
        QWidget.setTabOrder(self.seen_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.severity_combo)
        QWidget.setTabOrder(self.severity_combo, self.relevance_combo)
        QWidget.setTabOrder(self.relevance_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(FindingDialog)

        QMetaObject.connectSlotsByName(FindingDialog)
    # setupUi

    def retranslateUi(self, FindingDialog):
        FindingDialog.setWindowTitle(QCoreApplication.translate("FindingDialog", u"Finding", None))
        self.platform_label.setText(QCoreApplication.translate("FindingDialog", u"&Platform:", None))
#if QT_CONFIG(accessibility)
        self.platform_combo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Platform", None))
#endif // QT_CONFIG(accessibility)
        self.platform_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.address_label.setText(QCoreApplication.translate("FindingDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Web address or handle", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"web address (URL) or handle where it was seen", None))
        self.address_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.content_date_label.setText(QCoreApplication.translate("FindingDialog", u"&Content date:", None))
#if QT_CONFIG(accessibility)
        self.content_date_edit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Date of the content", None))
#endif // QT_CONFIG(accessibility)
        self.content_date_edit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"dd/mm/yyyy (if shown)", None))
        self.content_date_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.captured_on_label.setText(QCoreApplication.translate("FindingDialog", u"Ca&ptured on:", None))
#if QT_CONFIG(accessibility)
        self.captured_on_edit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Date captured", None))
#endif // QT_CONFIG(accessibility)
        self.captured_on_edit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"dd/mm/yyyy", None))
        self.captured_on_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.seen_label.setText(QCoreApplication.translate("FindingDialog", u"&What was seen:", None))
#if QT_CONFIG(accessibility)
        self.seen_edit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"What was seen", None))
#endif // QT_CONFIG(accessibility)
        self.seen_edit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"describe what was seen, factually", None))
        self.seen_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.category_label.setText(QCoreApplication.translate("FindingDialog", u"Cate&gory:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Category from the policy catalogue", None))
#endif // QT_CONFIG(accessibility)
        self.category_policy_label.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"hint", None))
        self.category_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.severity_label.setText(QCoreApplication.translate("FindingDialog", u"Se&verity:", None))
#if QT_CONFIG(accessibility)
        self.severity_combo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Severity", None))
#endif // QT_CONFIG(accessibility)
        self.severity_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.relevance_label.setText(QCoreApplication.translate("FindingDialog", u"&Relevance:", None))
#if QT_CONFIG(accessibility)
        self.relevance_combo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Relevance to the role", None))
#endif // QT_CONFIG(accessibility)
        self.relevance_error.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
        self.evidence_group.setTitle(QCoreApplication.translate("FindingDialog", u"Evidence", None))
        self.reason_label.setText(QCoreApplication.translate("FindingDialog", u"Reason for the c&hange:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Reason for changing a completed check", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"needed because the check is completed", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("FindingDialog", u"error", None))
    # retranslateUi

