# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_text_dialog.ui'
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
    QLabel, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_PolicyTextDialog(object):
    def setupUi(self, PolicyTextDialog):
        if not PolicyTextDialog.objectName():
            PolicyTextDialog.setObjectName(u"PolicyTextDialog")
        PolicyTextDialog.resize(720, 600)
        PolicyTextDialog.setModal(True)
        self.main_layout = QVBoxLayout(PolicyTextDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.facts_label = QLabel(PolicyTextDialog)
        self.facts_label.setObjectName(u"facts_label")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.facts_label)

        self.text_view = QTextBrowser(PolicyTextDialog)
        self.text_view.setObjectName(u"text_view")
        self.text_view.setOpenExternalLinks(False)

        self.main_layout.addWidget(self.text_view)

        self.button_box = QDialogButtonBox(PolicyTextDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.text_view, self.button_box)

        self.retranslateUi(PolicyTextDialog)

        QMetaObject.connectSlotsByName(PolicyTextDialog)
    # setupUi

    def retranslateUi(self, PolicyTextDialog):
        PolicyTextDialog.setWindowTitle(QCoreApplication.translate("PolicyTextDialog", u"Policy text", None))
#if QT_CONFIG(accessibility)
        self.text_view.setAccessibleName(QCoreApplication.translate("PolicyTextDialog", u"The policy's text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

