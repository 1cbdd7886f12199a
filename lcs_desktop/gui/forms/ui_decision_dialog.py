# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(620, 460)
        DecisionDialog.setModal(True)
        self.main_layout = QVBoxLayout(DecisionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.decision_maker_label = QLabel(DecisionDialog)
        self.decision_maker_label.setObjectName(u"decision_maker_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_maker_label)

        self.decision_maker_combo = QComboBox(DecisionDialog)
        self.decision_maker_combo.setObjectName(u"decision_maker_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_maker_combo)

        self.decision_maker_error = QLabel(DecisionDialog)
        self.decision_maker_error.setObjectName(u"decision_maker_error")
        self.decision_maker_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.decision_maker_error)

        self.decided_on_label = QLabel(DecisionDialog)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on_edit = QLineEdit(DecisionDialog)
        self.decided_on_edit.setObjectName(u"decided_on_edit")
        self.decided_on_edit.setMaxLength(10)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decided_on_edit)

        self.decided_on_error = QLabel(DecisionDialog)
        self.decided_on_error.setObjectName(u"decided_on_error")
        self.decided_on_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.decided_on_error)

        self.finding_label = QLabel(DecisionDialog)
        self.finding_label.setObjectName(u"finding_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.finding_label)

        self.finding_combo = QComboBox(DecisionDialog)
        self.finding_combo.setObjectName(u"finding_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.finding_combo)

        self.finding_error = QLabel(DecisionDialog)
        self.finding_error.setObjectName(u"finding_error")
        self.finding_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.finding_error)

        self.finding_meaning_label = QLabel(DecisionDialog)
        self.finding_meaning_label.setObjectName(u"finding_meaning_label")
        self.finding_meaning_label.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.finding_meaning_label)

        self.reason_label = QLabel(DecisionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(DecisionDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(DecisionDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.main_layout.addLayout(self.form_layout)

        self.warning_label = QLabel(DecisionDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)

        self.error_label = QLabel(DecisionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.decision_maker_label.setBuddy(self.decision_maker_combo)
        self.decided_on_label.setBuddy(self.decided_on_edit)
        self.finding_label.setBuddy(self.finding_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decision_maker_combo, self.decided_on_edit)
        QWidget.setTabOrder(self.decided_on_edit, self.finding_combo)
        QWidget.setTabOrder(self.finding_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decision", None))
        self.decision_maker_label.setText(QCoreApplication.translate("DecisionDialog", u"&Decision-maker:", None))
#if QT_CONFIG(accessibility)
        self.decision_maker_combo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Who made the decision", None))
#endif // QT_CONFIG(accessibility)
        self.decision_maker_error.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"error", None))
        self.decided_on_label.setText(QCoreApplication.translate("DecisionDialog", u"Decided &on:", None))
#if QT_CONFIG(accessibility)
        self.decided_on_edit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.decided_on_edit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"dd/mm/yyyy", None))
        self.decided_on_error.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"error", None))
        self.finding_label.setText(QCoreApplication.translate("DecisionDialog", u"&Finding:", None))
#if QT_CONFIG(accessibility)
        self.finding_combo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Finding on the allegation", None))
#endif // QT_CONFIG(accessibility)
        self.finding_error.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"error", None))
        self.finding_meaning_label.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"hint", None))
        self.reason_label.setText(QCoreApplication.translate("DecisionDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Reason for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"why: the evidence weighed and the policy clauses", None))
        self.reason_error.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"error", None))
        self.warning_label.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("DecisionDialog", u"error", None))
    # retranslateUi

