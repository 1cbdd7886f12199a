# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PartyDialog(object):
    def setupUi(self, PartyDialog):
        if not PartyDialog.objectName():
            PartyDialog.setObjectName(u"PartyDialog")
        PartyDialog.resize(560, 330)
        PartyDialog.setModal(True)
        self.main_layout = QVBoxLayout(PartyDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PartyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.kind_label = QLabel(PartyDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(PartyDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(PartyDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.reference_label = QLabel(PartyDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(PartyDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(40)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.reference_error = QLabel(PartyDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.reference_error)

        self.name_label = QLabel(PartyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PartyDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(PartyDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.name_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PartyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PartyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.reference_label.setBuddy(self.reference_edit)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.button_box)

        self.retranslateUi(PartyDialog)

        QMetaObject.connectSlotsByName(PartyDialog)
    # setupUi

    def retranslateUi(self, PartyDialog):
        PartyDialog.setWindowTitle(QCoreApplication.translate("PartyDialog", u"Someone affected", None))
        self.intro_label.setText(QCoreApplication.translate("PartyDialog", u"Children, families and third parties are recorded by their case reference. A name, if you add one, is kept in one protected field: shown only on request (recorded in the audit log) and printed only in the full case pack.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("PartyDialog", u"hint", None))
        self.kind_label.setText(QCoreApplication.translate("PartyDialog", u"&Who:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Child, family or third party", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setProperty(u"role", QCoreApplication.translate("PartyDialog", u"error", None))
        self.reference_label.setText(QCoreApplication.translate("PartyDialog", u"Case &reference:", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
        self.reference_edit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"the family's case reference, e.g. FAM-0192", None))
        self.reference_error.setProperty(u"role", QCoreApplication.translate("PartyDialog", u"error", None))
        self.name_label.setText(QCoreApplication.translate("PartyDialog", u"&Name (protected):", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Name, kept in a protected field", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"optional; never printed unless the full pack is asked for", None))
        self.name_error.setProperty(u"role", QCoreApplication.translate("PartyDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("PartyDialog", u"error", None))
    # retranslateUi

