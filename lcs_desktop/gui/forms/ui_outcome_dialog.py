# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.resize(560, 400)
        OutcomeDialog.setModal(True)
        self.main_layout = QVBoxLayout(OutcomeDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.kind_label = QLabel(OutcomeDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(OutcomeDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(OutcomeDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.level_label = QLabel(OutcomeDialog)
        self.level_label.setObjectName(u"level_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_combo = QComboBox(OutcomeDialog)
        self.level_combo.setObjectName(u"level_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.level_error = QLabel(OutcomeDialog)
        self.level_error.setObjectName(u"level_error")
        self.level_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.level_error)

        self.review_on_label = QLabel(OutcomeDialog)
        self.review_on_label.setObjectName(u"review_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.review_on_label)

        self.review_on_edit = QLineEdit(OutcomeDialog)
        self.review_on_edit.setObjectName(u"review_on_edit")
        self.review_on_edit.setMaxLength(10)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.review_on_edit)

        self.review_on_error = QLabel(OutcomeDialog)
        self.review_on_error.setObjectName(u"review_on_error")
        self.review_on_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.review_on_error)

        self.expires_on_label = QLabel(OutcomeDialog)
        self.expires_on_label.setObjectName(u"expires_on_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expires_on_label)

        self.expires_on_edit = QLineEdit(OutcomeDialog)
        self.expires_on_edit.setObjectName(u"expires_on_edit")
        self.expires_on_edit.setMaxLength(10)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expires_on_edit)

        self.expires_on_error = QLabel(OutcomeDialog)
        self.expires_on_error.setObjectName(u"expires_on_error")
        self.expires_on_error.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.expires_on_error)

        self.details_label = QLabel(OutcomeDialog)
        self.details_label.setObjectName(u"details_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details_edit = QPlainTextEdit(OutcomeDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.details_edit)

        self.details_error = QLabel(OutcomeDialog)
        self.details_error.setObjectName(u"details_error")
        self.details_error.setWordWrap(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.details_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(OutcomeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(OutcomeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.level_label.setBuddy(self.level_combo)
        self.review_on_label.setBuddy(self.review_on_edit)
        self.expires_on_label.setBuddy(self.expires_on_edit)
        self.details_label.setBuddy(self.details_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.level_combo)
        QWidget.setTabOrder(self.level_combo, self.review_on_edit)
        QWidget.setTabOrder(self.review_on_edit, self.expires_on_edit)
        QWidget.setTabOrder(self.expires_on_edit, self.details_edit)
        QWidget.setTabOrder(self.details_edit, self.button_box)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"Outcome", None))
        self.kind_label.setText(QCoreApplication.translate("OutcomeDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Outcome (policy \u00a78)", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setProperty(u"role", QCoreApplication.translate("OutcomeDialog", u"error", None))
        self.level_label.setText(QCoreApplication.translate("OutcomeDialog", u"Disciplinary &action:", None))
#if QT_CONFIG(accessibility)
        self.level_combo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Disciplinary action", None))
#endif // QT_CONFIG(accessibility)
        self.level_error.setProperty(u"role", QCoreApplication.translate("OutcomeDialog", u"error", None))
        self.review_on_label.setText(QCoreApplication.translate("OutcomeDialog", u"&Review on:", None))
#if QT_CONFIG(accessibility)
        self.review_on_edit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Supervision review date", None))
#endif // QT_CONFIG(accessibility)
        self.review_on_edit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"dd/mm/yyyy", None))
        self.review_on_error.setProperty(u"role", QCoreApplication.translate("OutcomeDialog", u"error", None))
        self.expires_on_label.setText(QCoreApplication.translate("OutcomeDialog", u"&Expires on:", None))
#if QT_CONFIG(accessibility)
        self.expires_on_edit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Date the warning expires", None))
#endif // QT_CONFIG(accessibility)
        self.expires_on_edit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"dd/mm/yyyy", None))
        self.expires_on_error.setProperty(u"role", QCoreApplication.translate("OutcomeDialog", u"error", None))
        self.details_label.setText(QCoreApplication.translate("OutcomeDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.details_edit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Details of the outcome", None))
#endif // QT_CONFIG(accessibility)
        self.details_error.setProperty(u"role", QCoreApplication.translate("OutcomeDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("OutcomeDialog", u"error", None))
    # retranslateUi

