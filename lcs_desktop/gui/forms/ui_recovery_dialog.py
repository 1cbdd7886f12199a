# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
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

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(540, 380)
        RecoveryDialog.setModal(True)
        self.main_layout = QVBoxLayout(RecoveryDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RecoveryDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recovery_key_label = QLabel(RecoveryDialog)
        self.recovery_key_label.setObjectName(u"recovery_key_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_key_label)

        self.recovery_key_edit = QLineEdit(RecoveryDialog)
        self.recovery_key_edit.setObjectName(u"recovery_key_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_key_edit)

        self.username_label = QLabel(RecoveryDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(RecoveryDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(32)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.new_password_label = QLabel(RecoveryDialog)
        self.new_password_label.setObjectName(u"new_password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_edit = QLineEdit(RecoveryDialog)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_password_edit)

        self.confirm_password_label = QLabel(RecoveryDialog)
        self.confirm_password_label.setObjectName(u"confirm_password_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_password_label)

        self.confirm_password_edit = QLineEdit(RecoveryDialog)
        self.confirm_password_edit.setObjectName(u"confirm_password_edit")
        self.confirm_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.rule_label = QLabel(RecoveryDialog)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)

        self.main_layout.addWidget(self.rule_label)

        self.error_label = QLabel(RecoveryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(RecoveryDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.button_box = QDialogButtonBox(RecoveryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.recovery_key_label.setBuddy(self.recovery_key_edit)
        self.username_label.setBuddy(self.username_edit)
        self.new_password_label.setBuddy(self.new_password_edit)
        self.confirm_password_label.setBuddy(self.confirm_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recovery_key_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.new_password_edit)
        QWidget.setTabOrder(self.new_password_edit, self.confirm_password_edit)
        QWidget.setTabOrder(self.confirm_password_edit, self.button_box)

        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Use the recovery key", None))
        self.intro_label.setText(QCoreApplication.translate("RecoveryDialog", u"If every administrator has lost their password, the recovery key printed when LCS Desktop was set up lets an administrator choose a new one. If you have just forgotten your own password, ask your administrator to reset it instead.", None))
        self.recovery_key_label.setText(QCoreApplication.translate("RecoveryDialog", u"&Recovery key:", None))
#if QT_CONFIG(accessibility)
        self.recovery_key_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_key_edit.setPlaceholderText(QCoreApplication.translate("RecoveryDialog", u"XXXX-XXXX-\u2026", None))
        self.username_label.setText(QCoreApplication.translate("RecoveryDialog", u"Administrator's &username:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Administrator's username", None))
#endif // QT_CONFIG(accessibility)
        self.new_password_label.setText(QCoreApplication.translate("RecoveryDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.new_password_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_password_label.setText(QCoreApplication.translate("RecoveryDialog", u"New password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.confirm_password_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
        self.rule_label.setProperty(u"role", QCoreApplication.translate("RecoveryDialog", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("RecoveryDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Checking the recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

