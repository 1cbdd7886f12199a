# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_approval_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PolicyApprovalDialog(object):
    def setupUi(self, PolicyApprovalDialog):
        if not PolicyApprovalDialog.objectName():
            PolicyApprovalDialog.setObjectName(u"PolicyApprovalDialog")
        PolicyApprovalDialog.resize(520, 300)
        PolicyApprovalDialog.setModal(True)
        self.main_layout = QVBoxLayout(PolicyApprovalDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PolicyApprovalDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.approved_on_label = QLabel(PolicyApprovalDialog)
        self.approved_on_label.setObjectName(u"approved_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approved_on_label)

        self.approved_on_edit = QLineEdit(PolicyApprovalDialog)
        self.approved_on_edit.setObjectName(u"approved_on_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approved_on_edit)

        self.approved_on_error = QLabel(PolicyApprovalDialog)
        self.approved_on_error.setObjectName(u"approved_on_error")
        self.approved_on_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.approved_on_error)

        self.approved_by_label = QLabel(PolicyApprovalDialog)
        self.approved_by_label.setObjectName(u"approved_by_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approved_by_label)

        self.approved_by_edit = QLineEdit(PolicyApprovalDialog)
        self.approved_by_edit.setObjectName(u"approved_by_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_by_edit)

        self.approved_by_error = QLabel(PolicyApprovalDialog)
        self.approved_by_error.setObjectName(u"approved_by_error")
        self.approved_by_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.approved_by_error)


        self.main_layout.addLayout(self.form_layout)

        self.review_label = QLabel(PolicyApprovalDialog)
        self.review_label.setObjectName(u"review_label")
        self.review_label.setWordWrap(True)

        self.main_layout.addWidget(self.review_label)

        self.error_label = QLabel(PolicyApprovalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PolicyApprovalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.approved_on_label.setBuddy(self.approved_on_edit)
        self.approved_by_label.setBuddy(self.approved_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approved_on_edit, self.approved_by_edit)
        QWidget.setTabOrder(self.approved_by_edit, self.button_box)

        self.retranslateUi(PolicyApprovalDialog)

        QMetaObject.connectSlotsByName(PolicyApprovalDialog)
    # setupUi

    def retranslateUi(self, PolicyApprovalDialog):
        PolicyApprovalDialog.setWindowTitle(QCoreApplication.translate("PolicyApprovalDialog", u"Record the approval", None))
        self.approved_on_label.setText(QCoreApplication.translate("PolicyApprovalDialog", u"&Approved on:", None))
#if QT_CONFIG(accessibility)
        self.approved_on_edit.setAccessibleName(QCoreApplication.translate("PolicyApprovalDialog", u"Approved on", None))
#endif // QT_CONFIG(accessibility)
        self.approved_on_edit.setPlaceholderText(QCoreApplication.translate("PolicyApprovalDialog", u"dd/mm/yyyy", None))
        self.approved_on_error.setProperty(u"role", QCoreApplication.translate("PolicyApprovalDialog", u"error", None))
        self.approved_by_label.setText(QCoreApplication.translate("PolicyApprovalDialog", u"Approved &by:", None))
#if QT_CONFIG(accessibility)
        self.approved_by_edit.setAccessibleName(QCoreApplication.translate("PolicyApprovalDialog", u"Approved by", None))
#endif // QT_CONFIG(accessibility)
        self.approved_by_edit.setPlaceholderText(QCoreApplication.translate("PolicyApprovalDialog", u"e.g. the trustees", None))
        self.approved_by_error.setProperty(u"role", QCoreApplication.translate("PolicyApprovalDialog", u"error", None))
        self.review_label.setProperty(u"role", QCoreApplication.translate("PolicyApprovalDialog", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("PolicyApprovalDialog", u"error", None))
    # retranslateUi

