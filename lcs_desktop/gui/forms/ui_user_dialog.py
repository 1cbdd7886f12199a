# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(460, 340)
        UserDialog.setModal(True)
        self.main_layout = QVBoxLayout(UserDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name_label = QLabel(UserDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(UserDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")
        self.full_name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.username_label = QLabel(UserDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(UserDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(32)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_edit)


        self.main_layout.addLayout(self.form_layout)

        self.roles_group = QGroupBox(UserDialog)
        self.roles_group.setObjectName(u"roles_group")
        self.roles_layout = QVBoxLayout(self.roles_group)
        self.roles_layout.setObjectName(u"roles_layout")
        self.lead_check = QCheckBox(self.roles_group)
        self.lead_check.setObjectName(u"lead_check")

        self.roles_layout.addWidget(self.lead_check)

        self.manager_check = QCheckBox(self.roles_group)
        self.manager_check.setObjectName(u"manager_check")

        self.roles_layout.addWidget(self.manager_check)

        self.checker_check = QCheckBox(self.roles_group)
        self.checker_check.setObjectName(u"checker_check")

        self.roles_layout.addWidget(self.checker_check)

        self.administrator_check = QCheckBox(self.roles_group)
        self.administrator_check.setObjectName(u"administrator_check")

        self.roles_layout.addWidget(self.administrator_check)


        self.main_layout.addWidget(self.roles_group)

        self.error_label = QLabel(UserDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(UserDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setBuddy(self.username_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.lead_check)
        QWidget.setTabOrder(self.lead_check, self.manager_check)
        QWidget.setTabOrder(self.manager_check, self.checker_check)
        QWidget.setTabOrder(self.checker_check, self.administrator_check)
        QWidget.setTabOrder(self.administrator_check, self.button_box)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Account", None))
        self.full_name_label.setText(QCoreApplication.translate("UserDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("UserDialog", u"&Username:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.username_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"for example: j.smith", None))
        self.roles_group.setTitle(QCoreApplication.translate("UserDialog", u"Roles (one person may have several)", None))
        self.lead_check.setText(QCoreApplication.translate("UserDialog", u"Safeguarding &lead", None))
        self.manager_check.setText(QCoreApplication.translate("UserDialog", u"&Manager", None))
        self.checker_check.setText(QCoreApplication.translate("UserDialog", u"Authorised &checker", None))
        self.administrator_check.setText(QCoreApplication.translate("UserDialog", u"&Administrator (accounts, settings and backups; no case records)", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("UserDialog", u"error", None))
    # retranslateUi

