# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_choice_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupChoicePage(object):
    def setupUi(self, SetupChoicePage):
        if not SetupChoicePage.objectName():
            SetupChoicePage.setObjectName(u"SetupChoicePage")
        SetupChoicePage.resize(560, 360)
        self.main_layout = QVBoxLayout(SetupChoicePage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.new_organisation_radio = QRadioButton(SetupChoicePage)
        self.new_organisation_radio.setObjectName(u"new_organisation_radio")
        self.new_organisation_radio.setChecked(True)

        self.main_layout.addWidget(self.new_organisation_radio)

        self.new_organisation_hint_label = QLabel(SetupChoicePage)
        self.new_organisation_hint_label.setObjectName(u"new_organisation_hint_label")
        self.new_organisation_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.new_organisation_hint_label)

        self.join_radio = QRadioButton(SetupChoicePage)
        self.join_radio.setObjectName(u"join_radio")

        self.main_layout.addWidget(self.join_radio)

        self.join_hint_label = QLabel(SetupChoicePage)
        self.join_hint_label.setObjectName(u"join_hint_label")
        self.join_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.join_hint_label)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        QWidget.setTabOrder(self.new_organisation_radio, self.join_radio)

        self.retranslateUi(SetupChoicePage)

        QMetaObject.connectSlotsByName(SetupChoicePage)
    # setupUi

    def retranslateUi(self, SetupChoicePage):
        SetupChoicePage.setTitle(QCoreApplication.translate("SetupChoicePage", u"Welcome to LCS Desktop", None))
        SetupChoicePage.setSubTitle(QCoreApplication.translate("SetupChoicePage", u"Choose how this PC keeps your organisation's safeguarding records.", None))
        self.new_organisation_radio.setText(QCoreApplication.translate("SetupChoicePage", u"Set up a &new organisation on this PC", None))
        self.new_organisation_hint_label.setText(QCoreApplication.translate("SetupChoicePage", u"The records are kept in an encrypted database on this PC's own disk. Choose this for a single PC.", None))
        self.new_organisation_hint_label.setProperty(u"role", QCoreApplication.translate("SetupChoicePage", u"hint", None))
        self.join_radio.setText(QCoreApplication.translate("SetupChoicePage", u"&Join an office server", None))
        self.join_hint_label.setText(QCoreApplication.translate("SetupChoicePage", u"Several desks share one PostgreSQL server set up by IT. You need its address and the CA certificate file IT gave you. Names and free text are encrypted on this PC before they are sent.", None))
        self.join_hint_label.setProperty(u"role", QCoreApplication.translate("SetupChoicePage", u"hint", None))
    # retranslateUi

