# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInWindow(object):
    def setupUi(self, SignInWindow):
        if not SignInWindow.objectName():
            SignInWindow.setObjectName(u"SignInWindow")
        SignInWindow.resize(460, 440)
        self.outer_layout = QVBoxLayout(SignInWindow)
        self.outer_layout.setSpacing(0)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.body_widget = QWidget(SignInWindow)
        self.body_widget.setObjectName(u"body_widget")
        self.body_layout = QVBoxLayout(self.body_widget)
        self.body_layout.setSpacing(12)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(32, 24, 32, 24)
        self.title_label = QLabel(self.body_widget)
        self.title_label.setObjectName(u"title_label")

        self.body_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.body_widget)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.body_layout.addWidget(self.intro_label)

        self.server_label = QLabel(self.body_widget)
        self.server_label.setObjectName(u"server_label")
        self.server_label.setWordWrap(True)

        self.body_layout.addWidget(self.server_label)

        self.demo_group = QGroupBox(self.body_widget)
        self.demo_group.setObjectName(u"demo_group")
        self.demo_layout = QVBoxLayout(self.demo_group)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_accounts_label = QLabel(self.demo_group)
        self.demo_accounts_label.setObjectName(u"demo_accounts_label")
        self.demo_accounts_label.setWordWrap(True)

        self.demo_layout.addWidget(self.demo_accounts_label)


        self.body_layout.addWidget(self.demo_group)

        self.remembered_button = QPushButton(self.body_widget)
        self.remembered_button.setObjectName(u"remembered_button")

        self.body_layout.addWidget(self.remembered_button)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(self.body_widget)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.body_widget)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(32)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(self.body_widget)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.body_widget)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.body_layout.addLayout(self.form_layout)

        self.error_label = QLabel(self.body_widget)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.body_layout.addWidget(self.error_label)

        self.retry_layout = QHBoxLayout()
        self.retry_layout.setObjectName(u"retry_layout")
        self.retry_button = QPushButton(self.body_widget)
        self.retry_button.setObjectName(u"retry_button")

        self.retry_layout.addWidget(self.retry_button)

        self.retry_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retry_layout.addItem(self.retry_spacer)


        self.body_layout.addLayout(self.retry_layout)

        self.busy_bar = QProgressBar(self.body_widget)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.body_layout.addWidget(self.busy_bar)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.forgot_button = QPushButton(self.body_widget)
        self.forgot_button.setObjectName(u"forgot_button")
        self.forgot_button.setFlat(True)

        self.buttons_layout.addWidget(self.forgot_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.sign_in_button = QPushButton(self.body_widget)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.buttons_layout.addWidget(self.sign_in_button)


        self.body_layout.addLayout(self.buttons_layout)

        self.bottom_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.body_layout.addItem(self.bottom_spacer)


        self.outer_layout.addWidget(self.body_widget)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.remembered_button, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.forgot_button)

        self.retranslateUi(SignInWindow)

        self.sign_in_button.setDefault(True)


        QMetaObject.connectSlotsByName(SignInWindow)
    # setupUi

    def retranslateUi(self, SignInWindow):
        SignInWindow.setWindowTitle(QCoreApplication.translate("SignInWindow", u"LCS Desktop", None))
        self.title_label.setText(QCoreApplication.translate("SignInWindow", u"Sign in to LCS Desktop", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("SignInWindow", u"title", None))
        self.intro_label.setText(QCoreApplication.translate("SignInWindow", u"Use your own account. Never share your password.", None))
        self.demo_group.setTitle(QCoreApplication.translate("SignInWindow", u"Demo accounts (practice data only)", None))
        self.remembered_button.setText(QCoreApplication.translate("SignInWindow", u"Sign in as \u2026", None))
#if QT_CONFIG(accessibility)
        self.remembered_button.setAccessibleName(QCoreApplication.translate("SignInWindow", u"Sign in as the person this PC remembers", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("SignInWindow", u"&Username:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("SignInWindow", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SignInWindow", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SignInWindow", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setProperty(u"role", QCoreApplication.translate("SignInWindow", u"error", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("SignInWindow", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
        self.retry_button.setText(QCoreApplication.translate("SignInWindow", u"&Retry", None))
#if QT_CONFIG(accessibility)
        self.retry_button.setAccessibleDescription(QCoreApplication.translate("SignInWindow", u"Try to reach the office server again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("SignInWindow", u"Signing in", None))
#endif // QT_CONFIG(accessibility)
        self.forgot_button.setText(QCoreApplication.translate("SignInWindow", u"&Forgotten password? Use the recovery key", None))
        self.forgot_button.setProperty(u"role", QCoreApplication.translate("SignInWindow", u"link", None))
        self.sign_in_button.setText(QCoreApplication.translate("SignInWindow", u"&Sign in", None))
    # retranslateUi

