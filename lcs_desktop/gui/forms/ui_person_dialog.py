# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 460)
        PersonDialog.setModal(True)
        self.main_layout = QVBoxLayout(PersonDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PersonDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.first_name_label = QLabel(PersonDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(PersonDialog)
        self.first_name_edit.setObjectName(u"first_name_edit")
        self.first_name_edit.setMaxLength(100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.first_name_error = QLabel(PersonDialog)
        self.first_name_error.setObjectName(u"first_name_error")
        self.first_name_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.first_name_error)

        self.last_name_label = QLabel(PersonDialog)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name_edit = QLineEdit(PersonDialog)
        self.last_name_edit.setObjectName(u"last_name_edit")
        self.last_name_edit.setMaxLength(100)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name_edit)

        self.last_name_error = QLabel(PersonDialog)
        self.last_name_error.setObjectName(u"last_name_error")
        self.last_name_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.last_name_error)

        self.kind_label = QLabel(PersonDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(PersonDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(PersonDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.status_label = QLabel(PersonDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(PersonDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_error = QLabel(PersonDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.status_error)

        self.reference_label = QLabel(PersonDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(PersonDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(40)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.reference_error = QLabel(PersonDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setWordWrap(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.reference_error)

        self.role_label = QLabel(PersonDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QLineEdit(PersonDialog)
        self.role_edit.setObjectName(u"role_edit")
        self.role_edit.setMaxLength(200)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.role_error = QLabel(PersonDialog)
        self.role_error.setObjectName(u"role_error")
        self.role_error.setWordWrap(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.role_error)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(PersonDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(254)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.email_error = QLabel(PersonDialog)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setWordWrap(True)

        self.form_layout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.email_error)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.form_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(PersonDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)

        self.form_layout.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.phone_error)

        self.date_of_birth_label = QLabel(PersonDialog)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.form_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth_edit = QLineEdit(PersonDialog)
        self.date_of_birth_edit.setObjectName(u"date_of_birth_edit")
        self.date_of_birth_edit.setMaxLength(10)

        self.form_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.date_of_birth_edit)

        self.date_of_birth_error = QLabel(PersonDialog)
        self.date_of_birth_error.setObjectName(u"date_of_birth_error")
        self.date_of_birth_error.setWordWrap(True)

        self.form_layout.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.date_of_birth_error)


        self.main_layout.addLayout(self.form_layout)

        self.main_layout_spacer_2 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.main_layout_spacer_2)

        self.error_label = QLabel(PersonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.status_label.setBuddy(self.status_combo)
        self.reference_label.setBuddy(self.reference_edit)
        self.role_label.setBuddy(self.role_edit)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.date_of_birth_label.setBuddy(self.date_of_birth_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.date_of_birth_edit)
        QWidget.setTabOrder(self.date_of_birth_edit, self.button_box)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.intro_label.setText(QCoreApplication.translate("PersonDialog", u"First name, last name, kind and reference are required; the rest may be left blank.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"hint", None))
        self.first_name_label.setText(QCoreApplication.translate("PersonDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.first_name_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.last_name_label.setText(QCoreApplication.translate("PersonDialog", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.kind_label.setText(QCoreApplication.translate("PersonDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Kind of person", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.status_label.setText(QCoreApplication.translate("PersonDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.reference_label.setText(QCoreApplication.translate("PersonDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"HR reference", None))
#endif // QT_CONFIG(accessibility)
        self.reference_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"the HR reference, for example APP-0042", None))
        self.reference_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.role_label.setText(QCoreApplication.translate("PersonDialog", u"R&ole:", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.role_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"for example: contact supervisor", None))
        self.role_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email address", None))
#endif // QT_CONFIG(accessibility)
        self.email_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone number", None))
#endif // QT_CONFIG(accessibility)
        self.phone_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.date_of_birth_label.setText(QCoreApplication.translate("PersonDialog", u"&Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.date_of_birth_error.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("PersonDialog", u"error", None))
    # retranslateUi

