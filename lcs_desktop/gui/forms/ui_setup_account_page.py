# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_account_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_SetupAccountPage(object):
    def setupUi(self, SetupAccountPage):
        if not SetupAccountPage.objectName():
            SetupAccountPage.setObjectName(u"SetupAccountPage")
        SetupAccountPage.resize(560, 380)
        self.main_layout = QVBoxLayout(SetupAccountPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name_label = QLabel(SetupAccountPage)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(SetupAccountPage)
        self.full_name_edit.setObjectName(u"full_name_edit")
        self.full_name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.username_label = QLabel(SetupAccountPage)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(SetupAccountPage)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(32)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(SetupAccountPage)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(SetupAccountPage)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.confirm_password_label = QLabel(SetupAccountPage)
        self.confirm_password_label.setObjectName(u"confirm_password_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_password_label)

        self.confirm_password_edit = QLineEdit(SetupAccountPage)
        self.confirm_password_edit.setObjectName(u"confirm_password_edit")
        self.confirm_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.rule_label = QLabel(SetupAccountPage)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)

        self.main_layout.addWidget(self.rule_label)

        self.error_label = QLabel(SetupAccountPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(SetupAccountPage)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_password_label.setBuddy(self.confirm_password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.confirm_password_edit)

        self.retranslateUi(SetupAccountPage)

        QMetaObject.connectSlotsByName(SetupAccountPage)
    # setupUi

    def retranslateUi(self, SetupAccountPage):
        SetupAccountPage.setTitle(QCoreApplication.translate("SetupAccountPage", u"Your account", None))
        SetupAccountPage.setSubTitle(QCoreApplication.translate("SetupAccountPage", u"This first account is the safeguarding lead and the administrator. You can add everyone else's accounts afterwards.", None))
        self.full_name_label.setText(QCoreApplication.translate("SetupAccountPage", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("SetupAccountPage", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("SetupAccountPage", u"&Username:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("SetupAccountPage", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.username_edit.setPlaceholderText(QCoreApplication.translate("SetupAccountPage", u"for example: j.smith", None))
        self.password_label.setText(QCoreApplication.translate("SetupAccountPage", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SetupAccountPage", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_password_label.setText(QCoreApplication.translate("SetupAccountPage", u"Password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.confirm_password_edit.setAccessibleName(QCoreApplication.translate("SetupAccountPage", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.rule_label.setProperty(u"role", QCoreApplication.translate("SetupAccountPage", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("SetupAccountPage", u"error", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("SetupAccountPage", u"Setting up", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

