# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acknowledgement_dialog.ui'
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

class Ui_AcknowledgementDialog(object):
    def setupUi(self, AcknowledgementDialog):
        if not AcknowledgementDialog.objectName():
            AcknowledgementDialog.setObjectName(u"AcknowledgementDialog")
        AcknowledgementDialog.resize(520, 240)
        AcknowledgementDialog.setModal(True)
        self.main_layout = QVBoxLayout(AcknowledgementDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AcknowledgementDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.acknowledged_on_label = QLabel(AcknowledgementDialog)
        self.acknowledged_on_label.setObjectName(u"acknowledged_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acknowledged_on_label)

        self.acknowledged_on_edit = QLineEdit(AcknowledgementDialog)
        self.acknowledged_on_edit.setObjectName(u"acknowledged_on_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acknowledged_on_edit)

        self.acknowledged_on_error = QLabel(AcknowledgementDialog)
        self.acknowledged_on_error.setObjectName(u"acknowledged_on_error")
        self.acknowledged_on_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.acknowledged_on_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(AcknowledgementDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AcknowledgementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.acknowledged_on_label.setBuddy(self.acknowledged_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.acknowledged_on_edit, self.button_box)

        self.retranslateUi(AcknowledgementDialog)

        QMetaObject.connectSlotsByName(AcknowledgementDialog)
    # setupUi

    def retranslateUi(self, AcknowledgementDialog):
        AcknowledgementDialog.setWindowTitle(QCoreApplication.translate("AcknowledgementDialog", u"Record an acknowledgement", None))
        self.acknowledged_on_label.setText(QCoreApplication.translate("AcknowledgementDialog", u"&Acknowledged on:", None))
#if QT_CONFIG(accessibility)
        self.acknowledged_on_edit.setAccessibleName(QCoreApplication.translate("AcknowledgementDialog", u"Acknowledged on", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledged_on_edit.setPlaceholderText(QCoreApplication.translate("AcknowledgementDialog", u"dd/mm/yyyy", None))
        self.acknowledged_on_error.setProperty(u"role", QCoreApplication.translate("AcknowledgementDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("AcknowledgementDialog", u"error", None))
    # retranslateUi

