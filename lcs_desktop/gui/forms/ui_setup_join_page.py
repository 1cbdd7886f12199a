# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_join_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupJoinPage(object):
    def setupUi(self, SetupJoinPage):
        if not SetupJoinPage.objectName():
            SetupJoinPage.setObjectName(u"SetupJoinPage")
        SetupJoinPage.resize(560, 400)
        self.main_layout = QVBoxLayout(SetupJoinPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_label = QLabel(SetupJoinPage)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(SetupJoinPage)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(300)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.ca_file_label = QLabel(SetupJoinPage)
        self.ca_file_label.setObjectName(u"ca_file_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ca_file_label)

        self.ca_file_layout = QHBoxLayout()
        self.ca_file_layout.setObjectName(u"ca_file_layout")
        self.ca_file_edit = QLineEdit(SetupJoinPage)
        self.ca_file_edit.setObjectName(u"ca_file_edit")

        self.ca_file_layout.addWidget(self.ca_file_edit)

        self.ca_browse_button = QPushButton(SetupJoinPage)
        self.ca_browse_button.setObjectName(u"ca_browse_button")

        self.ca_file_layout.addWidget(self.ca_browse_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.ca_file_layout)

        self.owner_label = QLabel(SetupJoinPage)
        self.owner_label.setObjectName(u"owner_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_edit = QLineEdit(SetupJoinPage)
        self.owner_edit.setObjectName(u"owner_edit")
        self.owner_edit.setMaxLength(63)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_edit)

        self.owner_password_label = QLabel(SetupJoinPage)
        self.owner_password_label.setObjectName(u"owner_password_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_password_label)

        self.owner_password_edit = QLineEdit(SetupJoinPage)
        self.owner_password_edit.setObjectName(u"owner_password_edit")
        self.owner_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner_password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.owner_hint_label = QLabel(SetupJoinPage)
        self.owner_hint_label.setObjectName(u"owner_hint_label")
        self.owner_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.owner_hint_label)

        self.error_label = QLabel(SetupJoinPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(SetupJoinPage)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.new_organisation_button = QPushButton(SetupJoinPage)
        self.new_organisation_button.setObjectName(u"new_organisation_button")
        self.new_organisation_button.setFlat(True)

        self.main_layout.addWidget(self.new_organisation_button)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.address_label.setBuddy(self.address_edit)
        self.ca_file_label.setBuddy(self.ca_file_edit)
        self.owner_label.setBuddy(self.owner_edit)
        self.owner_password_label.setBuddy(self.owner_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.address_edit, self.ca_file_edit)
        QWidget.setTabOrder(self.ca_file_edit, self.ca_browse_button)
        QWidget.setTabOrder(self.ca_browse_button, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.owner_password_edit)
        QWidget.setTabOrder(self.owner_password_edit, self.new_organisation_button)

        self.retranslateUi(SetupJoinPage)

        QMetaObject.connectSlotsByName(SetupJoinPage)
    # setupUi

    def retranslateUi(self, SetupJoinPage):
        SetupJoinPage.setTitle(QCoreApplication.translate("SetupJoinPage", u"Join an office server", None))
        SetupJoinPage.setSubTitle(QCoreApplication.translate("SetupJoinPage", u"Type what IT gave you. LCS Desktop connects only over TLS, to a server that proves who it is with the office's CA certificate.", None))
        self.address_label.setText(QCoreApplication.translate("SetupJoinPage", u"Server &address:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText(QCoreApplication.translate("SetupJoinPage", u"postgresql://server.office/lcs", None))
        self.ca_file_label.setText(QCoreApplication.translate("SetupJoinPage", u"&CA certificate:", None))
#if QT_CONFIG(accessibility)
        self.ca_file_edit.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"CA certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.ca_browse_button.setText(QCoreApplication.translate("SetupJoinPage", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.ca_browse_button.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"Choose the CA certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("SetupJoinPage", u"Server &owner login:", None))
#if QT_CONFIG(accessibility)
        self.owner_edit.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"Server owner login", None))
#endif // QT_CONFIG(accessibility)
        self.owner_password_label.setText(QCoreApplication.translate("SetupJoinPage", u"Owner &password:", None))
#if QT_CONFIG(accessibility)
        self.owner_password_edit.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"Owner password", None))
#endif // QT_CONFIG(accessibility)
        self.owner_hint_label.setText(QCoreApplication.translate("SetupJoinPage", u"The owner login is the one IT used for 'lcs-desktop admin server-init'. It is used once, to join this PC, and is never saved. Everyone then signs in with their own account.", None))
        self.owner_hint_label.setProperty(u"role", QCoreApplication.translate("SetupJoinPage", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("SetupJoinPage", u"error", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"Joining message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("SetupJoinPage", u"Connecting to the office server", None))
#endif // QT_CONFIG(accessibility)
        self.new_organisation_button.setText(QCoreApplication.translate("SetupJoinPage", u"Set up a &new organisation on this PC instead\u2026", None))
        self.new_organisation_button.setProperty(u"role", QCoreApplication.translate("SetupJoinPage", u"link", None))
    # retranslateUi

