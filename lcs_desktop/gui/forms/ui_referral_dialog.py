# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
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

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(640, 560)
        ReferralDialog.setModal(True)
        self.main_layout = QVBoxLayout(ReferralDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.kind_label = QLabel(ReferralDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ReferralDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(ReferralDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.explanation_label = QLabel(ReferralDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.explanation_label)

        self.state_label = QLabel(ReferralDialog)
        self.state_label.setObjectName(u"state_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.state_label)

        self.state_combo = QComboBox(ReferralDialog)
        self.state_combo.setObjectName(u"state_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.state_combo)

        self.state_error = QLabel(ReferralDialog)
        self.state_error.setObjectName(u"state_error")
        self.state_error.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.state_error)

        self.made_on_label = QLabel(ReferralDialog)
        self.made_on_label.setObjectName(u"made_on_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.made_on_label)

        self.made_on_edit = QLineEdit(ReferralDialog)
        self.made_on_edit.setObjectName(u"made_on_edit")
        self.made_on_edit.setMaxLength(10)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.made_on_edit)

        self.made_on_error = QLabel(ReferralDialog)
        self.made_on_error.setObjectName(u"made_on_error")
        self.made_on_error.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.made_on_error)

        self.reference_label = QLabel(ReferralDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(ReferralDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(40)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.reference_error = QLabel(ReferralDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.reference_error)

        self.reason_label = QLabel(ReferralDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(ReferralDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(ReferralDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.reason_error)

        self.aware_at_label = QLabel(ReferralDialog)
        self.aware_at_label.setObjectName(u"aware_at_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.aware_at_label)

        self.aware_at_layout = QHBoxLayout()
        self.aware_at_layout.setObjectName(u"aware_at_layout")
        self.aware_at_edit = QLineEdit(ReferralDialog)
        self.aware_at_edit.setObjectName(u"aware_at_edit")
        self.aware_at_edit.setMaxLength(10)

        self.aware_at_layout.addWidget(self.aware_at_edit)

        self.aware_time_edit = QLineEdit(ReferralDialog)
        self.aware_time_edit.setObjectName(u"aware_time_edit")
        self.aware_time_edit.setMaxLength(5)
        self.aware_time_edit.setMaximumSize(QSize(90, 16777215))

        self.aware_at_layout.addWidget(self.aware_time_edit)

        self.spacer_aware = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.aware_at_layout.addItem(self.spacer_aware)


        self.form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.aware_at_layout)

        self.aware_at_error = QLabel(ReferralDialog)
        self.aware_at_error.setObjectName(u"aware_at_error")
        self.aware_at_error.setWordWrap(True)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.aware_at_error)

        self.notes_label = QLabel(ReferralDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ReferralDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.notes_error = QLabel(ReferralDialog)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setWordWrap(True)

        self.form_layout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.notes_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReferralDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReferralDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.state_label.setBuddy(self.state_combo)
        self.made_on_label.setBuddy(self.made_on_edit)
        self.reference_label.setBuddy(self.reference_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.aware_at_label.setBuddy(self.aware_at_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.state_combo)
        QWidget.setTabOrder(self.state_combo, self.made_on_edit)
        QWidget.setTabOrder(self.made_on_edit, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.aware_at_edit)
        QWidget.setTabOrder(self.aware_at_edit, self.aware_time_edit)
        QWidget.setTabOrder(self.aware_time_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.button_box)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"Referral", None))
        self.kind_label.setText(QCoreApplication.translate("ReferralDialog", u"&Referral:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Kind of referral", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.explanation_label.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"hint", None))
        self.state_label.setText(QCoreApplication.translate("ReferralDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.state_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Whether the referral is needed, made or not needed", None))
#endif // QT_CONFIG(accessibility)
        self.state_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.made_on_label.setText(QCoreApplication.translate("ReferralDialog", u"&Made on:", None))
#if QT_CONFIG(accessibility)
        self.made_on_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Date the referral was made", None))
#endif // QT_CONFIG(accessibility)
        self.made_on_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy", None))
        self.made_on_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.reference_label.setText(QCoreApplication.translate("ReferralDialog", u"Their r&eference:", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"The agency's reference number", None))
#endif // QT_CONFIG(accessibility)
        self.reference_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"the number the agency gave, or 'none given'", None))
        self.reference_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.reason_label.setText(QCoreApplication.translate("ReferralDialog", u"Why not &needed:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Why the referral is not needed", None))
#endif // QT_CONFIG(accessibility)
        self.reason_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.aware_at_label.setText(QCoreApplication.translate("ReferralDialog", u"LCS &aware of breach:", None))
#if QT_CONFIG(accessibility)
        self.aware_at_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Date LCS became aware of the data breach", None))
#endif // QT_CONFIG(accessibility)
        self.aware_at_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.aware_time_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Time LCS became aware of the data breach", None))
#endif // QT_CONFIG(accessibility)
        self.aware_time_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"hh:mm", None))
        self.aware_at_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.notes_label.setText(QCoreApplication.translate("ReferralDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes_error.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("ReferralDialog", u"error", None))
    # retranslateUi

