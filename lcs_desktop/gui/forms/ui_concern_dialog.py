# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'concern_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConcernDialog(object):
    def setupUi(self, ConcernDialog):
        if not ConcernDialog.objectName():
            ConcernDialog.setObjectName(u"ConcernDialog")
        ConcernDialog.resize(1060, 640)
        ConcernDialog.setModal(True)
        self.main_layout = QVBoxLayout(ConcernDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConcernDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(20)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.left_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.subject_label = QLabel(ConcernDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_layout = QVBoxLayout()
        self.subject_layout.setObjectName(u"subject_layout")
        self.subject_edit = QLineEdit(ConcernDialog)
        self.subject_edit.setObjectName(u"subject_edit")
        self.subject_edit.setClearButtonEnabled(True)

        self.subject_layout.addWidget(self.subject_edit)

        self.subject_list = QListWidget(ConcernDialog)
        self.subject_list.setObjectName(u"subject_list")
        self.subject_list.setMaximumSize(QSize(16777215, 104))
        self.subject_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.subject_list.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.subject_layout.addWidget(self.subject_list)


        self.left_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.subject_layout)

        self.subject_error = QLabel(ConcernDialog)
        self.subject_error.setObjectName(u"subject_error")
        self.subject_error.setWordWrap(True)

        self.left_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.subject_error)

        self.concern_at_label = QLabel(ConcernDialog)
        self.concern_at_label.setObjectName(u"concern_at_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.concern_at_label)

        self.concern_at_layout = QHBoxLayout()
        self.concern_at_layout.setObjectName(u"concern_at_layout")
        self.concern_at_edit = QLineEdit(ConcernDialog)
        self.concern_at_edit.setObjectName(u"concern_at_edit")
        self.concern_at_edit.setMaxLength(10)

        self.concern_at_layout.addWidget(self.concern_at_edit)

        self.concern_time_edit = QLineEdit(ConcernDialog)
        self.concern_time_edit.setObjectName(u"concern_time_edit")
        self.concern_time_edit.setMaxLength(5)
        self.concern_time_edit.setMaximumSize(QSize(90, 16777215))

        self.concern_at_layout.addWidget(self.concern_time_edit)

        self.spacer_concern_at = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.concern_at_layout.addItem(self.spacer_concern_at)


        self.left_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.concern_at_layout)

        self.concern_at_error = QLabel(ConcernDialog)
        self.concern_at_error.setObjectName(u"concern_at_error")
        self.concern_at_error.setWordWrap(True)

        self.left_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.concern_at_error)

        self.reported_at_label = QLabel(ConcernDialog)
        self.reported_at_label.setObjectName(u"reported_at_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reported_at_label)

        self.reported_at_layout = QHBoxLayout()
        self.reported_at_layout.setObjectName(u"reported_at_layout")
        self.reported_at_edit = QLineEdit(ConcernDialog)
        self.reported_at_edit.setObjectName(u"reported_at_edit")
        self.reported_at_edit.setMaxLength(10)

        self.reported_at_layout.addWidget(self.reported_at_edit)

        self.reported_time_edit = QLineEdit(ConcernDialog)
        self.reported_time_edit.setObjectName(u"reported_time_edit")
        self.reported_time_edit.setMaxLength(5)
        self.reported_time_edit.setMaximumSize(QSize(90, 16777215))

        self.reported_at_layout.addWidget(self.reported_time_edit)

        self.spacer_reported_at = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reported_at_layout.addItem(self.spacer_reported_at)


        self.left_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.reported_at_layout)

        self.reported_at_error = QLabel(ConcernDialog)
        self.reported_at_error.setObjectName(u"reported_at_error")
        self.reported_at_error.setWordWrap(True)

        self.left_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.reported_at_error)

        self.delay_label = QLabel(ConcernDialog)
        self.delay_label.setObjectName(u"delay_label")
        self.delay_label.setWordWrap(True)

        self.left_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.delay_label)

        self.raised_by_kind_label = QLabel(ConcernDialog)
        self.raised_by_kind_label.setObjectName(u"raised_by_kind_label")

        self.left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.raised_by_kind_label)

        self.raised_by_kind_combo = QComboBox(ConcernDialog)
        self.raised_by_kind_combo.setObjectName(u"raised_by_kind_combo")

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.raised_by_kind_combo)

        self.raised_by_kind_error = QLabel(ConcernDialog)
        self.raised_by_kind_error.setObjectName(u"raised_by_kind_error")
        self.raised_by_kind_error.setWordWrap(True)

        self.left_form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.raised_by_kind_error)

        self.raised_by_label = QLabel(ConcernDialog)
        self.raised_by_label.setObjectName(u"raised_by_label")

        self.left_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.raised_by_label)

        self.raised_by_edit = QLineEdit(ConcernDialog)
        self.raised_by_edit.setObjectName(u"raised_by_edit")

        self.left_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.raised_by_edit)

        self.raised_by_error = QLabel(ConcernDialog)
        self.raised_by_error.setObjectName(u"raised_by_error")
        self.raised_by_error.setWordWrap(True)

        self.left_form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.raised_by_error)

        self.what_was_seen_label = QLabel(ConcernDialog)
        self.what_was_seen_label.setObjectName(u"what_was_seen_label")

        self.left_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.what_was_seen_label)

        self.what_was_seen_edit = QPlainTextEdit(ConcernDialog)
        self.what_was_seen_edit.setObjectName(u"what_was_seen_edit")
        self.what_was_seen_edit.setTabChangesFocus(True)

        self.left_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.what_was_seen_edit)

        self.what_was_seen_error = QLabel(ConcernDialog)
        self.what_was_seen_error.setObjectName(u"what_was_seen_error")
        self.what_was_seen_error.setWordWrap(True)

        self.left_form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.what_was_seen_error)


        self.columns_layout.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.right_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.breach_types_label = QLabel(ConcernDialog)
        self.breach_types_label.setObjectName(u"breach_types_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.breach_types_label)

        self.breach_types_list = QListWidget(ConcernDialog)
        self.breach_types_list.setObjectName(u"breach_types_list")
        self.breach_types_list.setWordWrap(True)
        self.breach_types_list.setMinimumSize(QSize(0, 300))
        self.breach_types_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.breach_types_list)

        self.breach_types_error = QLabel(ConcernDialog)
        self.breach_types_error.setObjectName(u"breach_types_error")
        self.breach_types_error.setWordWrap(True)

        self.right_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.breach_types_error)

        self.platforms_label = QLabel(ConcernDialog)
        self.platforms_label.setObjectName(u"platforms_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.platforms_label)

        self.platforms_list = QListWidget(ConcernDialog)
        self.platforms_list.setObjectName(u"platforms_list")
        self.platforms_list.setMaximumSize(QSize(16777215, 64))

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.platforms_list)

        self.platforms_error = QLabel(ConcernDialog)
        self.platforms_error.setObjectName(u"platforms_error")
        self.platforms_error.setWordWrap(True)

        self.right_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.platforms_error)

        self.immediate_actions_label = QLabel(ConcernDialog)
        self.immediate_actions_label.setObjectName(u"immediate_actions_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.immediate_actions_label)

        self.immediate_actions_edit = QPlainTextEdit(ConcernDialog)
        self.immediate_actions_edit.setObjectName(u"immediate_actions_edit")
        self.immediate_actions_edit.setTabChangesFocus(True)
        self.immediate_actions_edit.setMaximumSize(QSize(16777215, 150))

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.immediate_actions_edit)

        self.immediate_actions_error = QLabel(ConcernDialog)
        self.immediate_actions_error.setObjectName(u"immediate_actions_error")
        self.immediate_actions_error.setWordWrap(True)

        self.right_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.immediate_actions_error)


        self.columns_layout.addLayout(self.right_form)

        self.columns_layout.setStretch(0, 5)
        self.columns_layout.setStretch(1, 6)

        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(ConcernDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ConcernDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.subject_label.setBuddy(self.subject_edit)
        self.concern_at_label.setBuddy(self.concern_at_edit)
        self.reported_at_label.setBuddy(self.reported_at_edit)
        self.raised_by_kind_label.setBuddy(self.raised_by_kind_combo)
        self.raised_by_label.setBuddy(self.raised_by_edit)
        self.what_was_seen_label.setBuddy(self.what_was_seen_edit)
        self.breach_types_label.setBuddy(self.breach_types_list)
        self.platforms_label.setBuddy(self.platforms_list)
        self.immediate_actions_label.setBuddy(self.immediate_actions_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subject_edit, self.subject_list)
        QWidget.setTabOrder(self.subject_list, self.concern_at_edit)
        QWidget.setTabOrder(self.concern_at_edit, self.concern_time_edit)
        QWidget.setTabOrder(self.concern_time_edit, self.reported_at_edit)
        QWidget.setTabOrder(self.reported_at_edit, self.reported_time_edit)
        QWidget.setTabOrder(self.reported_time_edit, self.raised_by_kind_combo)
        QWidget.setTabOrder(self.raised_by_kind_combo, self.raised_by_edit)
        QWidget.setTabOrder(self.raised_by_edit, self.what_was_seen_edit)
        QWidget.setTabOrder(self.what_was_seen_edit, self.breach_types_list)
        QWidget.setTabOrder(self.breach_types_list, self.platforms_list)
        QWidget.setTabOrder(self.platforms_list, self.immediate_actions_edit)
        QWidget.setTabOrder(self.immediate_actions_edit, self.button_box)

        self.retranslateUi(ConcernDialog)

        QMetaObject.connectSlotsByName(ConcernDialog)
    # setupUi

    def retranslateUi(self, ConcernDialog):
        ConcernDialog.setWindowTitle(QCoreApplication.translate("ConcernDialog", u"Report a concern", None))
        self.intro_label.setText(QCoreApplication.translate("ConcernDialog", u"Record the concern now, in a minute; the investigation follows on the case. Concerns go to the manager or safeguarding lead immediately (policy \u00a78).", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"hint", None))
        self.subject_label.setText(QCoreApplication.translate("ConcernDialog", u"Concern is &about:", None))
#if QT_CONFIG(accessibility)
        self.subject_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Search for the person the concern is about", None))
#endif // QT_CONFIG(accessibility)
        self.subject_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"type a name or reference (staff, volunteers, committee)", None))
#if QT_CONFIG(accessibility)
        self.subject_list.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"People matching the search", None))
#endif // QT_CONFIG(accessibility)
        self.subject_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.concern_at_label.setText(QCoreApplication.translate("ConcernDialog", u"&Happened:", None))
#if QT_CONFIG(accessibility)
        self.concern_at_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Date the concern happened", None))
#endif // QT_CONFIG(accessibility)
        self.concern_at_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.concern_time_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Time the concern happened", None))
#endif // QT_CONFIG(accessibility)
        self.concern_time_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"hh:mm", None))
        self.concern_at_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.reported_at_label.setText(QCoreApplication.translate("ConcernDialog", u"&Came in:", None))
#if QT_CONFIG(accessibility)
        self.reported_at_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Date the concern came in", None))
#endif // QT_CONFIG(accessibility)
        self.reported_at_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.reported_time_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Time the concern came in", None))
#endif // QT_CONFIG(accessibility)
        self.reported_time_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"hh:mm", None))
        self.reported_at_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.delay_label.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"hint", None))
        self.raised_by_kind_label.setText(QCoreApplication.translate("ConcernDialog", u"Raised &by:", None))
#if QT_CONFIG(accessibility)
        self.raised_by_kind_combo.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Who raised the concern", None))
#endif // QT_CONFIG(accessibility)
        self.raised_by_kind_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.raised_by_label.setText(QCoreApplication.translate("ConcernDialog", u"Their &name:", None))
#if QT_CONFIG(accessibility)
        self.raised_by_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Name of who raised the concern", None))
#endif // QT_CONFIG(accessibility)
        self.raised_by_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"who told you (not needed if anonymous)", None))
        self.raised_by_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.what_was_seen_label.setText(QCoreApplication.translate("ConcernDialog", u"&What was seen:", None))
#if QT_CONFIG(accessibility)
        self.what_was_seen_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"What was seen", None))
#endif // QT_CONFIG(accessibility)
        self.what_was_seen_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"what was seen or said, where, and by whom: facts, not opinions", None))
        self.what_was_seen_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.breach_types_label.setText(QCoreApplication.translate("ConcernDialog", u"Breach &types:", None))
#if QT_CONFIG(accessibility)
        self.breach_types_list.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Breach types from the policy catalogue", None))
#endif // QT_CONFIG(accessibility)
        self.breach_types_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.platforms_label.setText(QCoreApplication.translate("ConcernDialog", u"&Platforms:", None))
#if QT_CONFIG(accessibility)
        self.platforms_list.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Platforms", None))
#endif // QT_CONFIG(accessibility)
        self.platforms_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.immediate_actions_label.setText(QCoreApplication.translate("ConcernDialog", u"I&mmediate actions:", None))
#if QT_CONFIG(accessibility)
        self.immediate_actions_edit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Immediate safeguarding actions", None))
#endif // QT_CONFIG(accessibility)
        self.immediate_actions_edit.setPlaceholderText(QCoreApplication.translate("ConcernDialog", u"what was done at once to keep children safe (if anything)", None))
        self.immediate_actions_error.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("ConcernDialog", u"error", None))
    # retranslateUi

