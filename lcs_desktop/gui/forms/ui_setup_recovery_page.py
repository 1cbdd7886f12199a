# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_recovery_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_SetupRecoveryPage(object):
    def setupUi(self, SetupRecoveryPage):
        if not SetupRecoveryPage.objectName():
            SetupRecoveryPage.setObjectName(u"SetupRecoveryPage")
        SetupRecoveryPage.resize(560, 380)
        self.main_layout = QVBoxLayout(SetupRecoveryPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.recovery_key_label = QLabel(SetupRecoveryPage)
        self.recovery_key_label.setObjectName(u"recovery_key_label")
        self.recovery_key_label.setText(u"-")
        self.recovery_key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key_label.setWordWrap(True)
        self.recovery_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.recovery_key_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.print_button = QPushButton(SetupRecoveryPage)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)

        self.save_pdf_button = QPushButton(SetupRecoveryPage)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.actions_layout.addWidget(self.save_pdf_button)

        self.copy_button = QPushButton(SetupRecoveryPage)
        self.copy_button.setObjectName(u"copy_button")

        self.actions_layout.addWidget(self.copy_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.instructions_label = QLabel(SetupRecoveryPage)
        self.instructions_label.setObjectName(u"instructions_label")
        self.instructions_label.setWordWrap(True)

        self.main_layout.addWidget(self.instructions_label)

        self.status_label = QLabel(SetupRecoveryPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.stored_check = QCheckBox(SetupRecoveryPage)
        self.stored_check.setObjectName(u"stored_check")

        self.main_layout.addWidget(self.stored_check)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        QWidget.setTabOrder(self.recovery_key_label, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.stored_check)

        self.retranslateUi(SetupRecoveryPage)

        QMetaObject.connectSlotsByName(SetupRecoveryPage)
    # setupUi

    def retranslateUi(self, SetupRecoveryPage):
        SetupRecoveryPage.setTitle(QCoreApplication.translate("SetupRecoveryPage", u"Your recovery key", None))
        SetupRecoveryPage.setSubTitle(QCoreApplication.translate("SetupRecoveryPage", u"If every administrator password is lost, this key is the only way back into the data. It is shown now and never again.", None))
#if QT_CONFIG(accessibility)
        self.recovery_key_label.setAccessibleName(QCoreApplication.translate("SetupRecoveryPage", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_key_label.setProperty(u"role", QCoreApplication.translate("SetupRecoveryPage", u"secret", None))
        self.print_button.setText(QCoreApplication.translate("SetupRecoveryPage", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("SetupRecoveryPage", u"Print the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.save_pdf_button.setText(QCoreApplication.translate("SetupRecoveryPage", u"Save as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_pdf_button.setAccessibleName(QCoreApplication.translate("SetupRecoveryPage", u"Save the recovery key as a PDF to print elsewhere", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("SetupRecoveryPage", u"&Copy", None))
#if QT_CONFIG(accessibility)
        self.copy_button.setAccessibleName(QCoreApplication.translate("SetupRecoveryPage", u"Copy the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.instructions_label.setText(QCoreApplication.translate("SetupRecoveryPage", u"Print it and keep the sheet in the office safe, away from this PC. Do not save it on this PC or e-mail it. Anyone with this key and a copy of the data folder can read every record.", None))
        self.status_label.setProperty(u"role", QCoreApplication.translate("SetupRecoveryPage", u"hint", None))
        self.stored_check.setText(QCoreApplication.translate("SetupRecoveryPage", u"I have &stored the recovery key safely", None))
    # retranslateUi

