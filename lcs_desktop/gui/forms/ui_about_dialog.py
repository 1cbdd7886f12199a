# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 260)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.purpose_label = QLabel(AboutDialog)
        self.purpose_label.setObjectName(u"purpose_label")
        self.purpose_label.setWordWrap(True)

        self.main_layout.addWidget(self.purpose_label)

        self.facts_layout = QFormLayout()
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.version_caption_label = QLabel(AboutDialog)
        self.version_caption_label.setObjectName(u"version_caption_label")

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.version_caption_label)

        self.version_label = QLabel(AboutDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.version_label)

        self.data_folder_caption_label = QLabel(AboutDialog)
        self.data_folder_caption_label.setObjectName(u"data_folder_caption_label")

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.data_folder_caption_label)

        self.data_folder_label = QLabel(AboutDialog)
        self.data_folder_label.setObjectName(u"data_folder_label")
        self.data_folder_label.setWordWrap(True)
        self.data_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.data_folder_label)

        self.engine_caption_label = QLabel(AboutDialog)
        self.engine_caption_label.setObjectName(u"engine_caption_label")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.engine_caption_label)

        self.engine_label = QLabel(AboutDialog)
        self.engine_label.setObjectName(u"engine_label")
        self.engine_label.setWordWrap(True)
        self.engine_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.engine_label)

        self.mode_caption_label = QLabel(AboutDialog)
        self.mode_caption_label.setObjectName(u"mode_caption_label")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mode_caption_label)

        self.mode_label = QLabel(AboutDialog)
        self.mode_label.setObjectName(u"mode_label")
        self.mode_label.setWordWrap(True)
        self.mode_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mode_label)


        self.main_layout.addLayout(self.facts_layout)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About LCS Desktop", None))
        self.title_label.setText(QCoreApplication.translate("AboutDialog", u"LCS Desktop", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("AboutDialog", u"title", None))
        self.purpose_label.setText(QCoreApplication.translate("AboutDialog", u"Social media checks and breach investigations for Libra Children Services, kept in an encrypted database on this PC.", None))
        self.version_caption_label.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.data_folder_caption_label.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.engine_caption_label.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.mode_caption_label.setText(QCoreApplication.translate("AboutDialog", u"Mode:", None))
    # retranslateUi

