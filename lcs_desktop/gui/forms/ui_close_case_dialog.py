# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_case_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog):
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.resize(600, 420)
        CloseCaseDialog.setModal(True)
        self.main_layout = QVBoxLayout(CloseCaseDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CloseCaseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.problems_label = QLabel(CloseCaseDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.problems_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.note_label = QLabel(CloseCaseDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(CloseCaseDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.note_error = QLabel(CloseCaseDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.note_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CloseCaseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(CloseCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(CloseCaseDialog)

        QMetaObject.connectSlotsByName(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog):
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Close the case", None))
        self.problems_label.setProperty(u"role", QCoreApplication.translate("CloseCaseDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.problems_label.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"What closing the case still needs", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("CloseCaseDialog", u"Sign-off &note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Sign-off note", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("CloseCaseDialog", u"what you confirm in closing the case", None))
        self.note_error.setProperty(u"role", QCoreApplication.translate("CloseCaseDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("CloseCaseDialog", u"error", None))
    # retranslateUi

