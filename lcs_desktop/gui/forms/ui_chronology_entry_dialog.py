# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chronology_entry_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ChronologyEntryDialog(object):
    def setupUi(self, ChronologyEntryDialog):
        if not ChronologyEntryDialog.objectName():
            ChronologyEntryDialog.setObjectName(u"ChronologyEntryDialog")
        ChronologyEntryDialog.resize(640, 520)
        ChronologyEntryDialog.setModal(True)
        self.main_layout = QVBoxLayout(ChronologyEntryDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.correcting_label = QLabel(ChronologyEntryDialog)
        self.correcting_label.setObjectName(u"correcting_label")
        self.correcting_label.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.correcting_label)

        self.kind_label = QLabel(ChronologyEntryDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ChronologyEntryDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(ChronologyEntryDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.occurred_at_label = QLabel(ChronologyEntryDialog)
        self.occurred_at_label.setObjectName(u"occurred_at_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.occurred_at_label)

        self.occurred_at_layout = QHBoxLayout()
        self.occurred_at_layout.setObjectName(u"occurred_at_layout")
        self.occurred_at_edit = QLineEdit(ChronologyEntryDialog)
        self.occurred_at_edit.setObjectName(u"occurred_at_edit")
        self.occurred_at_edit.setMaxLength(10)

        self.occurred_at_layout.addWidget(self.occurred_at_edit)

        self.occurred_time_edit = QLineEdit(ChronologyEntryDialog)
        self.occurred_time_edit.setObjectName(u"occurred_time_edit")
        self.occurred_time_edit.setMaxLength(5)
        self.occurred_time_edit.setMaximumSize(QSize(90, 16777215))

        self.occurred_at_layout.addWidget(self.occurred_time_edit)

        self.spacer_occurred = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.occurred_at_layout.addItem(self.spacer_occurred)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.occurred_at_layout)

        self.occurred_at_error = QLabel(ChronologyEntryDialog)
        self.occurred_at_error.setObjectName(u"occurred_at_error")
        self.occurred_at_error.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.occurred_at_error)

        self.summary_label = QLabel(ChronologyEntryDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QLineEdit(ChronologyEntryDialog)
        self.summary_edit.setObjectName(u"summary_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.summary_error = QLabel(ChronologyEntryDialog)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.summary_error)

        self.participants_label = QLabel(ChronologyEntryDialog)
        self.participants_label.setObjectName(u"participants_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.participants_label)

        self.participants_edit = QLineEdit(ChronologyEntryDialog)
        self.participants_edit.setObjectName(u"participants_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.participants_edit)

        self.participants_error = QLabel(ChronologyEntryDialog)
        self.participants_error.setObjectName(u"participants_error")
        self.participants_error.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.participants_error)

        self.details_label = QLabel(ChronologyEntryDialog)
        self.details_label.setObjectName(u"details_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details_edit = QPlainTextEdit(ChronologyEntryDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.details_edit)

        self.details_error = QLabel(ChronologyEntryDialog)
        self.details_error.setObjectName(u"details_error")
        self.details_error.setWordWrap(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.details_error)

        self.reason_label = QLabel(ChronologyEntryDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(ChronologyEntryDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(ChronologyEntryDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ChronologyEntryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ChronologyEntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.occurred_at_label.setBuddy(self.occurred_at_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.participants_label.setBuddy(self.participants_edit)
        self.details_label.setBuddy(self.details_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.occurred_at_edit)
        QWidget.setTabOrder(self.occurred_at_edit, self.occurred_time_edit)
        QWidget.setTabOrder(self.occurred_time_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.participants_edit)
        QWidget.setTabOrder(self.participants_edit, self.details_edit)
        QWidget.setTabOrder(self.details_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(ChronologyEntryDialog)

        QMetaObject.connectSlotsByName(ChronologyEntryDialog)
    # setupUi

    def retranslateUi(self, ChronologyEntryDialog):
        ChronologyEntryDialog.setWindowTitle(QCoreApplication.translate("ChronologyEntryDialog", u"Chronology entry", None))
        self.correcting_label.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"hint", None))
        self.kind_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Kind of entry", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
        self.occurred_at_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&When:", None))
#if QT_CONFIG(accessibility)
        self.occurred_at_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Date it happened", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_at_edit.setPlaceholderText(QCoreApplication.translate("ChronologyEntryDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.occurred_time_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Time it happened", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_time_edit.setPlaceholderText(QCoreApplication.translate("ChronologyEntryDialog", u"hh:mm", None))
        self.occurred_at_error.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
        self.summary_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Short summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("ChronologyEntryDialog", u"one line: what happened", None))
        self.summary_error.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
        self.participants_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&Who took part:", None))
#if QT_CONFIG(accessibility)
        self.participants_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Who took part", None))
#endif // QT_CONFIG(accessibility)
        self.participants_edit.setPlaceholderText(QCoreApplication.translate("ChronologyEntryDialog", u"names and roles, for interviews and meetings", None))
        self.participants_error.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
        self.details_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.details_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.details_error.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
        self.reason_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&Reason for correction:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ChronologyEntryDialog", u"what was wrong in the earlier entry", None))
        self.reason_error.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("ChronologyEntryDialog", u"error", None))
    # retranslateUi

