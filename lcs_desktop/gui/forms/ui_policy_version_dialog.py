# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_version_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PolicyVersionDialog(object):
    def setupUi(self, PolicyVersionDialog):
        if not PolicyVersionDialog.objectName():
            PolicyVersionDialog.setObjectName(u"PolicyVersionDialog")
        PolicyVersionDialog.resize(640, 520)
        PolicyVersionDialog.setModal(True)
        self.main_layout = QVBoxLayout(PolicyVersionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PolicyVersionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.label_label = QLabel(PolicyVersionDialog)
        self.label_label.setObjectName(u"label_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_label)

        self.label_edit = QLineEdit(PolicyVersionDialog)
        self.label_edit.setObjectName(u"label_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.label_edit)

        self.label_error = QLabel(PolicyVersionDialog)
        self.label_error.setObjectName(u"label_error")
        self.label_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.label_error)

        self.title_label = QLabel(PolicyVersionDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(PolicyVersionDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_error = QLabel(PolicyVersionDialog)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.title_error)

        self.text_label = QLabel(PolicyVersionDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(PolicyVersionDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.text_error = QLabel(PolicyVersionDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.text_error)


        self.main_layout.addLayout(self.form_layout)

        self.load_layout = QHBoxLayout()
        self.load_layout.setObjectName(u"load_layout")
        self.load_button = QPushButton(PolicyVersionDialog)
        self.load_button.setObjectName(u"load_button")

        self.load_layout.addWidget(self.load_button)

        self.load_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.load_layout.addItem(self.load_spacer)


        self.main_layout.addLayout(self.load_layout)

        self.error_label = QLabel(PolicyVersionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PolicyVersionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.label_label.setBuddy(self.label_edit)
        self.title_label.setBuddy(self.title_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.label_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.load_button)
        QWidget.setTabOrder(self.load_button, self.button_box)

        self.retranslateUi(PolicyVersionDialog)

        QMetaObject.connectSlotsByName(PolicyVersionDialog)
    # setupUi

    def retranslateUi(self, PolicyVersionDialog):
        PolicyVersionDialog.setWindowTitle(QCoreApplication.translate("PolicyVersionDialog", u"Add a policy version", None))
        self.intro_label.setText(QCoreApplication.translate("PolicyVersionDialog", u"A new version is added as a draft: it comes into force when you record its approval.", None))
        self.label_label.setText(QCoreApplication.translate("PolicyVersionDialog", u"&Label:", None))
#if QT_CONFIG(accessibility)
        self.label_edit.setAccessibleName(QCoreApplication.translate("PolicyVersionDialog", u"Label", None))
#endif // QT_CONFIG(accessibility)
        self.label_edit.setPlaceholderText(QCoreApplication.translate("PolicyVersionDialog", u"e.g. 2026", None))
        self.label_error.setProperty(u"role", QCoreApplication.translate("PolicyVersionDialog", u"error", None))
        self.title_label.setText(QCoreApplication.translate("PolicyVersionDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("PolicyVersionDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_error.setProperty(u"role", QCoreApplication.translate("PolicyVersionDialog", u"error", None))
        self.text_label.setText(QCoreApplication.translate("PolicyVersionDialog", u"Te&xt:", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("PolicyVersionDialog", u"The policy's full text", None))
#endif // QT_CONFIG(accessibility)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("PolicyVersionDialog", u"paste the policy's full text, or load it from a file", None))
        self.text_error.setProperty(u"role", QCoreApplication.translate("PolicyVersionDialog", u"error", None))
        self.load_button.setText(QCoreApplication.translate("PolicyVersionDialog", u"&Load the text from a file\u2026", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("PolicyVersionDialog", u"error", None))
    # retranslateUi

