# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(600, 420)
        self.outer_layout = QGridLayout(LockScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer, 0, 1, 1, 1)

        self.left_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer_layout.addItem(self.left_spacer, 1, 0, 1, 1)

        self.card_frame = QFrame(LockScreen)
        self.card_frame.setObjectName(u"card_frame")
        self.card_frame.setMinimumSize(QSize(380, 0))
        self.card_frame.setMaximumSize(QSize(520, 16777215))
        self.card_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QVBoxLayout(self.card_frame)
        self.card_layout.setSpacing(12)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(24, 24, 24, 24)
        self.title_label = QLabel(self.card_frame)
        self.title_label.setObjectName(u"title_label")

        self.card_layout.addWidget(self.title_label)

        self.message_label = QLabel(self.card_frame)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.card_layout.addWidget(self.message_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.password_label = QLabel(self.card_frame)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.card_frame)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.card_layout.addLayout(self.form_layout)

        self.error_label = QLabel(self.card_frame)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.card_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(self.card_frame)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.card_layout.addWidget(self.busy_bar)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.sign_out_button = QPushButton(self.card_frame)
        self.sign_out_button.setObjectName(u"sign_out_button")

        self.buttons_layout.addWidget(self.sign_out_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.unlock_button = QPushButton(self.card_frame)
        self.unlock_button.setObjectName(u"unlock_button")

        self.buttons_layout.addWidget(self.unlock_button)


        self.card_layout.addLayout(self.buttons_layout)


        self.outer_layout.addWidget(self.card_frame, 1, 1, 1, 1)

        self.right_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer_layout.addItem(self.right_spacer, 1, 2, 1, 1)

        self.bottom_spacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.sign_out_button)

        self.retranslateUi(LockScreen)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
#if QT_CONFIG(accessibility)
        LockScreen.setAccessibleName(QCoreApplication.translate("LockScreen", u"Locked", None))
#endif // QT_CONFIG(accessibility)
        self.card_frame.setProperty(u"role", QCoreApplication.translate("LockScreen", u"card", None))
        self.title_label.setText(QCoreApplication.translate("LockScreen", u"LCS Desktop is locked", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("LockScreen", u"title", None))
        self.message_label.setText(QCoreApplication.translate("LockScreen", u"It locked itself because nobody used it for a while. Enter your password to carry on where you left off.", None))
        self.password_label.setText(QCoreApplication.translate("LockScreen", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password to unlock", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setProperty(u"role", QCoreApplication.translate("LockScreen", u"error", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("LockScreen", u"Unlocking", None))
#endif // QT_CONFIG(accessibility)
        self.sign_out_button.setText(QCoreApplication.translate("LockScreen", u"Sign &out", None))
        self.unlock_button.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
    # retranslateUi

