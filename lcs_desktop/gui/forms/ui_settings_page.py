# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(760, 720)
        self.main_layout = QVBoxLayout(SettingsPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.account_group = QGroupBox(SettingsPage)
        self.account_group.setObjectName(u"account_group")
        self.account_layout = QVBoxLayout(self.account_group)
        self.account_layout.setObjectName(u"account_layout")
        self.change_password_layout = QHBoxLayout()
        self.change_password_layout.setObjectName(u"change_password_layout")
        self.change_password_button = QPushButton(self.account_group)
        self.change_password_button.setObjectName(u"change_password_button")

        self.change_password_layout.addWidget(self.change_password_button)

        self.change_password_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.change_password_layout.addItem(self.change_password_spacer)


        self.account_layout.addLayout(self.change_password_layout)

        self.remember_me_check = QCheckBox(self.account_group)
        self.remember_me_check.setObjectName(u"remember_me_check")

        self.account_layout.addWidget(self.remember_me_check)

        self.remember_me_note_label = QLabel(self.account_group)
        self.remember_me_note_label.setObjectName(u"remember_me_note_label")
        self.remember_me_note_label.setWordWrap(True)

        self.account_layout.addWidget(self.remember_me_note_label)


        self.main_layout.addWidget(self.account_group)

        self.organisation_group = QGroupBox(SettingsPage)
        self.organisation_group.setObjectName(u"organisation_group")
        self.organisation_layout = QVBoxLayout(self.organisation_group)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_form_layout = QFormLayout()
        self.organisation_form_layout.setObjectName(u"organisation_form_layout")
        self.organisation_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_name_label = QLabel(self.organisation_group)
        self.organisation_name_label.setObjectName(u"organisation_name_label")

        self.organisation_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_name_label)

        self.organisation_name_edit = QLineEdit(self.organisation_group)
        self.organisation_name_edit.setObjectName(u"organisation_name_edit")
        self.organisation_name_edit.setMaxLength(200)

        self.organisation_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_name_edit)

        self.idle_lock_label = QLabel(self.organisation_group)
        self.idle_lock_label.setObjectName(u"idle_lock_label")

        self.organisation_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idle_lock_label)

        self.idle_lock_spin = QSpinBox(self.organisation_group)
        self.idle_lock_spin.setObjectName(u"idle_lock_spin")
        self.idle_lock_spin.setMinimum(1)
        self.idle_lock_spin.setMaximum(120)
        self.idle_lock_spin.setValue(10)

        self.organisation_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idle_lock_spin)

        self.backup_folder_label = QLabel(self.organisation_group)
        self.backup_folder_label.setObjectName(u"backup_folder_label")

        self.organisation_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backup_folder_label)

        self.backup_folder_layout = QHBoxLayout()
        self.backup_folder_layout.setObjectName(u"backup_folder_layout")
        self.backup_folder_edit = QLineEdit(self.organisation_group)
        self.backup_folder_edit.setObjectName(u"backup_folder_edit")

        self.backup_folder_layout.addWidget(self.backup_folder_edit)

        self.browse_backup_folder_button = QPushButton(self.organisation_group)
        self.browse_backup_folder_button.setObjectName(u"browse_backup_folder_button")

        self.backup_folder_layout.addWidget(self.browse_backup_folder_button)


        self.organisation_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.backup_folder_layout)

        self.backup_max_age_label = QLabel(self.organisation_group)
        self.backup_max_age_label.setObjectName(u"backup_max_age_label")

        self.organisation_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backup_max_age_label)

        self.backup_max_age_spin = QSpinBox(self.organisation_group)
        self.backup_max_age_spin.setObjectName(u"backup_max_age_spin")
        self.backup_max_age_spin.setMinimum(1)
        self.backup_max_age_spin.setMaximum(12)
        self.backup_max_age_spin.setValue(3)

        self.organisation_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backup_max_age_spin)

        self.remember_allowed_check = QCheckBox(self.organisation_group)
        self.remember_allowed_check.setObjectName(u"remember_allowed_check")

        self.organisation_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remember_allowed_check)


        self.organisation_layout.addLayout(self.organisation_form_layout)

        self.settings_error_label = QLabel(self.organisation_group)
        self.settings_error_label.setObjectName(u"settings_error_label")
        self.settings_error_label.setWordWrap(True)

        self.organisation_layout.addWidget(self.settings_error_label)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.save_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)

        self.save_settings_button = QPushButton(self.organisation_group)
        self.save_settings_button.setObjectName(u"save_settings_button")

        self.save_layout.addWidget(self.save_settings_button)


        self.organisation_layout.addLayout(self.save_layout)


        self.main_layout.addWidget(self.organisation_group)

        self.backups_group = QGroupBox(SettingsPage)
        self.backups_group.setObjectName(u"backups_group")
        self.backups_layout = QVBoxLayout(self.backups_group)
        self.backups_layout.setObjectName(u"backups_layout")
        self.backup_now_layout = QHBoxLayout()
        self.backup_now_layout.setObjectName(u"backup_now_layout")
        self.backup_now_button = QPushButton(self.backups_group)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.backup_now_layout.addWidget(self.backup_now_button)

        self.backup_progress_bar = QProgressBar(self.backups_group)
        self.backup_progress_bar.setObjectName(u"backup_progress_bar")
        self.backup_progress_bar.setMaximum(0)
        self.backup_progress_bar.setTextVisible(False)

        self.backup_now_layout.addWidget(self.backup_progress_bar)

        self.backup_now_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backup_now_layout.addItem(self.backup_now_spacer)


        self.backups_layout.addLayout(self.backup_now_layout)

        self.backups_message_label = QLabel(self.backups_group)
        self.backups_message_label.setObjectName(u"backups_message_label")
        self.backups_message_label.setWordWrap(True)

        self.backups_layout.addWidget(self.backups_message_label)

        self.backups_table = QTableWidget(self.backups_group)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setTabKeyNavigation(False)
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.horizontalHeader().setStretchLastSection(True)
        self.backups_table.verticalHeader().setVisible(False)

        self.backups_layout.addWidget(self.backups_table)


        self.main_layout.addWidget(self.backups_group)

#if QT_CONFIG(shortcut)
        self.organisation_name_label.setBuddy(self.organisation_name_edit)
        self.idle_lock_label.setBuddy(self.idle_lock_spin)
        self.backup_folder_label.setBuddy(self.backup_folder_edit)
        self.backup_max_age_label.setBuddy(self.backup_max_age_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.change_password_button, self.remember_me_check)
        QWidget.setTabOrder(self.remember_me_check, self.organisation_name_edit)
        QWidget.setTabOrder(self.organisation_name_edit, self.idle_lock_spin)
        QWidget.setTabOrder(self.idle_lock_spin, self.backup_folder_edit)
        QWidget.setTabOrder(self.backup_folder_edit, self.browse_backup_folder_button)
        QWidget.setTabOrder(self.browse_backup_folder_button, self.backup_max_age_spin)
        QWidget.setTabOrder(self.backup_max_age_spin, self.remember_allowed_check)
        QWidget.setTabOrder(self.remember_allowed_check, self.save_settings_button)
        QWidget.setTabOrder(self.save_settings_button, self.backup_now_button)
        QWidget.setTabOrder(self.backup_now_button, self.backups_table)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("SettingsPage", u"title", None))
        self.account_group.setTitle(QCoreApplication.translate("SettingsPage", u"My account", None))
        self.change_password_button.setText(QCoreApplication.translate("SettingsPage", u"&Change my password\u2026", None))
        self.remember_me_check.setText(QCoreApplication.translate("SettingsPage", u"&Remember me on this PC (sign in without typing my password)", None))
        self.remember_me_note_label.setProperty(u"role", QCoreApplication.translate("SettingsPage", u"hint", None))
        self.organisation_group.setTitle(QCoreApplication.translate("SettingsPage", u"Organisation (administrators)", None))
        self.organisation_name_label.setText(QCoreApplication.translate("SettingsPage", u"Organisation &name:", None))
#if QT_CONFIG(accessibility)
        self.organisation_name_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Organisation name", None))
#endif // QT_CONFIG(accessibility)
        self.idle_lock_label.setText(QCoreApplication.translate("SettingsPage", u"&Lock when idle for:", None))
#if QT_CONFIG(accessibility)
        self.idle_lock_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Idle lock, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.idle_lock_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes", None))
        self.backup_folder_label.setText(QCoreApplication.translate("SettingsPage", u"&Backups folder:", None))
#if QT_CONFIG(accessibility)
        self.backup_folder_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.backup_folder_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"the data folder's own backups folder", None))
        self.browse_backup_folder_button.setText(QCoreApplication.translate("SettingsPage", u"B&rowse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_backup_folder_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Choose the backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.backup_max_age_label.setText(QCoreApplication.translate("SettingsPage", u"&Delete backups older than:", None))
#if QT_CONFIG(accessibility)
        self.backup_max_age_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Delete backups older than, in months", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backup_max_age_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"A deleted record can still be in older backups until they are deleted.", None))
#endif // QT_CONFIG(tooltip)
        self.backup_max_age_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" months", None))
        self.remember_allowed_check.setText(QCoreApplication.translate("SettingsPage", u"&Allow \"remember me\" on this office's PCs", None))
        self.settings_error_label.setProperty(u"role", QCoreApplication.translate("SettingsPage", u"error", None))
        self.save_settings_button.setText(QCoreApplication.translate("SettingsPage", u"&Save settings", None))
        self.backups_group.setTitle(QCoreApplication.translate("SettingsPage", u"Backups", None))
        self.backup_now_button.setText(QCoreApplication.translate("SettingsPage", u"&Back up now", None))
#if QT_CONFIG(accessibility)
        self.backup_progress_bar.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Backing up", None))
#endif // QT_CONFIG(accessibility)
        self.backups_message_label.setProperty(u"role", QCoreApplication.translate("SettingsPage", u"hint", None))
#if QT_CONFIG(accessibility)
        self.backups_table.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

