# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_window.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_CheckWindow(object):
    def setupUi(self, CheckWindow):
        if not CheckWindow.objectName():
            CheckWindow.setObjectName(u"CheckWindow")
        CheckWindow.resize(1040, 700)
        self.main_layout = QVBoxLayout(CheckWindow)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(CheckWindow)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.main_layout.addWidget(self.title_label)

        self.subtitle_label = QLabel(CheckWindow)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setWordWrap(True)

        self.main_layout.addWidget(self.subtitle_label)

        self.warnings_label = QLabel(CheckWindow)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)

        self.main_layout.addWidget(self.warnings_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(14)
        self.body_layout.setObjectName(u"body_layout")
        self.steps_list = QListWidget(CheckWindow)
        self.steps_list.setObjectName(u"steps_list")
        self.steps_list.setMaximumSize(QSize(300, 16777215))
        self.steps_list.setMinimumSize(QSize(250, 0))

        self.body_layout.addWidget(self.steps_list)

        self.step_stack = QStackedWidget(CheckWindow)
        self.step_stack.setObjectName(u"step_stack")

        self.body_layout.addWidget(self.step_stack)


        self.main_layout.addLayout(self.body_layout)

        self.message_label = QLabel(CheckWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.history_button = QPushButton(CheckWindow)
        self.history_button.setObjectName(u"history_button")

        self.buttons_layout.addWidget(self.history_button)

        self.export_button = QPushButton(CheckWindow)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.buttons_layout_spacer_2 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_layout_spacer_2)

        self.saved_label = QLabel(CheckWindow)
        self.saved_label.setObjectName(u"saved_label")

        self.buttons_layout.addWidget(self.saved_label)

        self.back_button = QPushButton(CheckWindow)
        self.back_button.setObjectName(u"back_button")

        self.buttons_layout.addWidget(self.back_button)

        self.next_button = QPushButton(CheckWindow)
        self.next_button.setObjectName(u"next_button")

        self.buttons_layout.addWidget(self.next_button)

        self.save_button = QPushButton(CheckWindow)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.close_button = QPushButton(CheckWindow)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(CheckWindow)

        QMetaObject.connectSlotsByName(CheckWindow)
    # setupUi

    def retranslateUi(self, CheckWindow):
        CheckWindow.setWindowTitle(QCoreApplication.translate("CheckWindow", u"Social media check", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("CheckWindow", u"title", None))
        self.warnings_label.setObjectName(QCoreApplication.translate("CheckWindow", u"warnings_label", None))
#if QT_CONFIG(accessibility)
        self.steps_list.setAccessibleName(QCoreApplication.translate("CheckWindow", u"Steps of the check", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setProperty(u"role", QCoreApplication.translate("CheckWindow", u"error", None))
        self.history_button.setText(QCoreApplication.translate("CheckWindow", u"&Versions\u2026", None))
        self.export_button.setText(QCoreApplication.translate("CheckWindow", u"E&xport PDF\u2026", None))
        self.saved_label.setProperty(u"role", QCoreApplication.translate("CheckWindow", u"hint", None))
        self.back_button.setText(QCoreApplication.translate("CheckWindow", u"< &Back", None))
        self.next_button.setText(QCoreApplication.translate("CheckWindow", u"&Next >", None))
        self.save_button.setText(QCoreApplication.translate("CheckWindow", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("CheckWindow", u"&Close", None))
    # retranslateUi

