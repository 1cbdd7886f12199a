# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealDialog(object):
    def setupUi(self, AppealDialog):
        if not AppealDialog.objectName():
            AppealDialog.setObjectName(u"AppealDialog")
        AppealDialog.resize(600, 560)
        AppealDialog.setModal(True)
        self.main_layout = QVBoxLayout(AppealDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.lodged_on_label = QLabel(AppealDialog)
        self.lodged_on_label.setObjectName(u"lodged_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lodged_on_label)

        self.lodged_on_edit = QLineEdit(AppealDialog)
        self.lodged_on_edit.setObjectName(u"lodged_on_edit")
        self.lodged_on_edit.setMaxLength(10)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lodged_on_edit)

        self.lodged_on_error = QLabel(AppealDialog)
        self.lodged_on_error.setObjectName(u"lodged_on_error")
        self.lodged_on_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.lodged_on_error)

        self.grounds_label = QLabel(AppealDialog)
        self.grounds_label.setObjectName(u"grounds_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.grounds_label)

        self.grounds_edit = QPlainTextEdit(AppealDialog)
        self.grounds_edit.setObjectName(u"grounds_edit")
        self.grounds_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.grounds_edit)

        self.grounds_error = QLabel(AppealDialog)
        self.grounds_error.setObjectName(u"grounds_error")
        self.grounds_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.grounds_error)

        self.heard_on_label = QLabel(AppealDialog)
        self.heard_on_label.setObjectName(u"heard_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.heard_on_label)

        self.heard_on_edit = QLineEdit(AppealDialog)
        self.heard_on_edit.setObjectName(u"heard_on_edit")
        self.heard_on_edit.setMaxLength(10)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.heard_on_edit)

        self.heard_on_error = QLabel(AppealDialog)
        self.heard_on_error.setObjectName(u"heard_on_error")
        self.heard_on_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.heard_on_error)

        self.heard_by_label = QLabel(AppealDialog)
        self.heard_by_label.setObjectName(u"heard_by_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.heard_by_label)

        self.heard_by_edit = QLineEdit(AppealDialog)
        self.heard_by_edit.setObjectName(u"heard_by_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.heard_by_edit)

        self.heard_by_error = QLabel(AppealDialog)
        self.heard_by_error.setObjectName(u"heard_by_error")
        self.heard_by_error.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.heard_by_error)

        self.result_label = QLabel(AppealDialog)
        self.result_label.setObjectName(u"result_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_combo = QComboBox(AppealDialog)
        self.result_combo.setObjectName(u"result_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.result_combo)

        self.result_error = QLabel(AppealDialog)
        self.result_error.setObjectName(u"result_error")
        self.result_error.setWordWrap(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.result_error)

        self.result_on_label = QLabel(AppealDialog)
        self.result_on_label.setObjectName(u"result_on_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.result_on_label)

        self.result_on_edit = QLineEdit(AppealDialog)
        self.result_on_edit.setObjectName(u"result_on_edit")
        self.result_on_edit.setMaxLength(10)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.result_on_edit)

        self.result_on_error = QLabel(AppealDialog)
        self.result_on_error.setObjectName(u"result_on_error")
        self.result_on_error.setWordWrap(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.result_on_error)

        self.result_reason_label = QLabel(AppealDialog)
        self.result_reason_label.setObjectName(u"result_reason_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.result_reason_label)

        self.result_reason_edit = QPlainTextEdit(AppealDialog)
        self.result_reason_edit.setObjectName(u"result_reason_edit")
        self.result_reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.result_reason_edit)

        self.result_reason_error = QLabel(AppealDialog)
        self.result_reason_error.setObjectName(u"result_reason_error")
        self.result_reason_error.setWordWrap(True)

        self.form_layout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.result_reason_error)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(AppealDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AppealDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.lodged_on_label.setBuddy(self.lodged_on_edit)
        self.grounds_label.setBuddy(self.grounds_edit)
        self.heard_on_label.setBuddy(self.heard_on_edit)
        self.heard_by_label.setBuddy(self.heard_by_edit)
        self.result_label.setBuddy(self.result_combo)
        self.result_on_label.setBuddy(self.result_on_edit)
        self.result_reason_label.setBuddy(self.result_reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lodged_on_edit, self.grounds_edit)
        QWidget.setTabOrder(self.grounds_edit, self.heard_on_edit)
        QWidget.setTabOrder(self.heard_on_edit, self.heard_by_edit)
        QWidget.setTabOrder(self.heard_by_edit, self.result_combo)
        QWidget.setTabOrder(self.result_combo, self.result_on_edit)
        QWidget.setTabOrder(self.result_on_edit, self.result_reason_edit)
        QWidget.setTabOrder(self.result_reason_edit, self.button_box)

        self.retranslateUi(AppealDialog)

        QMetaObject.connectSlotsByName(AppealDialog)
    # setupUi

    def retranslateUi(self, AppealDialog):
        AppealDialog.setWindowTitle(QCoreApplication.translate("AppealDialog", u"Appeal", None))
        self.lodged_on_label.setText(QCoreApplication.translate("AppealDialog", u"&Lodged on:", None))
#if QT_CONFIG(accessibility)
        self.lodged_on_edit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Date the appeal was lodged", None))
#endif // QT_CONFIG(accessibility)
        self.lodged_on_edit.setPlaceholderText(QCoreApplication.translate("AppealDialog", u"dd/mm/yyyy", None))
        self.lodged_on_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.grounds_label.setText(QCoreApplication.translate("AppealDialog", u"&Grounds:", None))
#if QT_CONFIG(accessibility)
        self.grounds_edit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Grounds of appeal", None))
#endif // QT_CONFIG(accessibility)
        self.grounds_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.heard_on_label.setText(QCoreApplication.translate("AppealDialog", u"&Heard on:", None))
#if QT_CONFIG(accessibility)
        self.heard_on_edit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Date the appeal was heard", None))
#endif // QT_CONFIG(accessibility)
        self.heard_on_edit.setPlaceholderText(QCoreApplication.translate("AppealDialog", u"dd/mm/yyyy", None))
        self.heard_on_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.heard_by_label.setText(QCoreApplication.translate("AppealDialog", u"Heard &by:", None))
#if QT_CONFIG(accessibility)
        self.heard_by_edit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Who heard the appeal", None))
#endif // QT_CONFIG(accessibility)
        self.heard_by_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.result_label.setText(QCoreApplication.translate("AppealDialog", u"&Result:", None))
#if QT_CONFIG(accessibility)
        self.result_combo.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Result of the appeal", None))
#endif // QT_CONFIG(accessibility)
        self.result_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.result_on_label.setText(QCoreApplication.translate("AppealDialog", u"Result &date:", None))
#if QT_CONFIG(accessibility)
        self.result_on_edit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Date of the result", None))
#endif // QT_CONFIG(accessibility)
        self.result_on_edit.setPlaceholderText(QCoreApplication.translate("AppealDialog", u"dd/mm/yyyy", None))
        self.result_on_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.result_reason_label.setText(QCoreApplication.translate("AppealDialog", u"Reason for the res&ult:", None))
#if QT_CONFIG(accessibility)
        self.result_reason_edit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Reason for the result", None))
#endif // QT_CONFIG(accessibility)
        self.result_reason_error.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("AppealDialog", u"error", None))
    # retranslateUi

