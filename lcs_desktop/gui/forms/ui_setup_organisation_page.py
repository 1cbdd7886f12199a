# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_organisation_page.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupOrganisationPage(object):
    def setupUi(self, SetupOrganisationPage):
        if not SetupOrganisationPage.objectName():
            SetupOrganisationPage.setObjectName(u"SetupOrganisationPage")
        SetupOrganisationPage.resize(560, 360)
        self.main_layout = QVBoxLayout(SetupOrganisationPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_name_label = QLabel(SetupOrganisationPage)
        self.organisation_name_label.setObjectName(u"organisation_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_name_label)

        self.organisation_name_edit = QLineEdit(SetupOrganisationPage)
        self.organisation_name_edit.setObjectName(u"organisation_name_edit")
        self.organisation_name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_name_edit)

        self.data_folder_label = QLabel(SetupOrganisationPage)
        self.data_folder_label.setObjectName(u"data_folder_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.data_folder_label)

        self.data_folder_layout = QHBoxLayout()
        self.data_folder_layout.setObjectName(u"data_folder_layout")
        self.data_folder_edit = QLineEdit(SetupOrganisationPage)
        self.data_folder_edit.setObjectName(u"data_folder_edit")

        self.data_folder_layout.addWidget(self.data_folder_edit)

        self.browse_button = QPushButton(SetupOrganisationPage)
        self.browse_button.setObjectName(u"browse_button")

        self.data_folder_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.data_folder_layout)


        self.main_layout.addLayout(self.form_layout)

        self.folder_hint_label = QLabel(SetupOrganisationPage)
        self.folder_hint_label.setObjectName(u"folder_hint_label")
        self.folder_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.folder_hint_label)

        self.error_label = QLabel(SetupOrganisationPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.join_button = QPushButton(SetupOrganisationPage)
        self.join_button.setObjectName(u"join_button")
        self.join_button.setFlat(True)

        self.main_layout.addWidget(self.join_button)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.organisation_name_label.setBuddy(self.organisation_name_edit)
        self.data_folder_label.setBuddy(self.data_folder_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_name_edit, self.data_folder_edit)
        QWidget.setTabOrder(self.data_folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.join_button)

        self.retranslateUi(SetupOrganisationPage)

        QMetaObject.connectSlotsByName(SetupOrganisationPage)
    # setupUi

    def retranslateUi(self, SetupOrganisationPage):
        SetupOrganisationPage.setTitle(QCoreApplication.translate("SetupOrganisationPage", u"Your organisation", None))
        SetupOrganisationPage.setSubTitle(QCoreApplication.translate("SetupOrganisationPage", u"LCS Desktop keeps your safeguarding records encrypted on this PC. Tell it who you are and where to keep the data.", None))
        self.organisation_name_label.setText(QCoreApplication.translate("SetupOrganisationPage", u"&Organisation name:", None))
#if QT_CONFIG(accessibility)
        self.organisation_name_edit.setAccessibleName(QCoreApplication.translate("SetupOrganisationPage", u"Organisation name", None))
#endif // QT_CONFIG(accessibility)
        self.data_folder_label.setText(QCoreApplication.translate("SetupOrganisationPage", u"&Data folder:", None))
#if QT_CONFIG(accessibility)
        self.data_folder_edit.setAccessibleName(QCoreApplication.translate("SetupOrganisationPage", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("SetupOrganisationPage", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("SetupOrganisationPage", u"Choose the data folder", None))
#endif // QT_CONFIG(accessibility)
        self.folder_hint_label.setText(QCoreApplication.translate("SetupOrganisationPage", u"Keep the default unless IT has told you otherwise. The folder must be on this PC's own disk: not a network drive, and not inside OneDrive, Dropbox or another synced folder.", None))
        self.folder_hint_label.setProperty(u"role", QCoreApplication.translate("SetupOrganisationPage", u"hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("SetupOrganisationPage", u"error", None))
        self.join_button.setText(QCoreApplication.translate("SetupOrganisationPage", u"&Join an office server instead\u2026", None))
#if QT_CONFIG(accessibility)
        self.join_button.setAccessibleDescription(QCoreApplication.translate("SetupOrganisationPage", u"Use a PostgreSQL server set up by IT, shared by several desks", None))
#endif // QT_CONFIG(accessibility)
        self.join_button.setProperty(u"role", QCoreApplication.translate("SetupOrganisationPage", u"link", None))
    # retranslateUi

