# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(480, 320)
        ChangePasswordDialog.setModal(True)
        self.main_layout = QVBoxLayout(ChangePasswordDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ChangePasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current_password_label = QLabel(ChangePasswordDialog)
        self.current_password_label.setObjectName(u"current_password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_password_label)

        self.current_password_edit = QLineEdit(ChangePasswordDialog)
        self.current_password_edit.setObjectName(u"current_password_edit")
        self.current_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_password_edit)

        self.new_password_label = QLabel(ChangePasswordDialog)
        self.new_password_label.setObjectName(u"new_password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_edit = QLineEdit(ChangePasswordDialog)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password_edit)

        self.confirm_password_label = QLabel(ChangePasswordDialog)
        self.confirm_password_label.setObjectName(u"confirm_password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirm_password_label)

        self.confirm_password_edit = QLineEdit(ChangePasswordDialog)
        self.confirm_password_edit.setObjectName(u"confirm_password_edit")
        self.confirm_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirm_password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.rule_label = QLabel(ChangePasswordDialog)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)

        self.main_layout.addWidget(self.rule_label)

        self.error_label = QLabel(ChangePasswordDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(ChangePasswordDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.button_box = QDialogButtonBox(ChangePasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_password_label.setBuddy(self.current_password_edit)
        self.new_password_label.setBuddy(self.new_password_edit)
        self.confirm_password_label.setBuddy(self.confirm_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_password_edit, self.new_password_edit)
        QWidget.setTabOrder(self.new_password_edit, self.confirm_password_edit)
        QWidget.setTabOrder(self.confirm_password_edit, self.button_box)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change your password", None))
        self.intro_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"Choose a new password that only you know.", None))
        self.current_password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
#if QT_CONFIG(accessibility)
        self.current_password_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.new_password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.new_password_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.confirm_password_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
        self.rule_label.setProperty(u"role", QCoreApplication.translate("ChangePasswordDialog", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("ChangePasswordDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Changing the password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

