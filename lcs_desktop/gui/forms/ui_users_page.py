# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(760, 480)
        self.main_layout = QVBoxLayout(UsersPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(UsersPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(UsersPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(UsersPage)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_roles_button = QPushButton(UsersPage)
        self.edit_roles_button.setObjectName(u"edit_roles_button")

        self.actions_layout.addWidget(self.edit_roles_button)

        self.switch_active_button = QPushButton(UsersPage)
        self.switch_active_button.setObjectName(u"switch_active_button")

        self.actions_layout.addWidget(self.switch_active_button)

        self.reset_password_button = QPushButton(UsersPage)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.actions_layout.addWidget(self.reset_password_button)

        self.unlock_button = QPushButton(UsersPage)
        self.unlock_button.setObjectName(u"unlock_button")

        self.actions_layout.addWidget(self.unlock_button)

        self.revoke_remember_button = QPushButton(UsersPage)
        self.revoke_remember_button.setObjectName(u"revoke_remember_button")

        self.actions_layout.addWidget(self.revoke_remember_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.rotate_key_button = QPushButton(UsersPage)
        self.rotate_key_button.setObjectName(u"rotate_key_button")

        self.actions_layout.addWidget(self.rotate_key_button)

        self.actions_end_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_end_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.users_table = QTableView(UsersPage)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setTabKeyNavigation(False)
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setAlternatingRowColors(True)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSortingEnabled(False)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.users_table)

        self.message_label = QLabel(UsersPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        QWidget.setTabOrder(self.users_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_roles_button)
        QWidget.setTabOrder(self.edit_roles_button, self.switch_active_button)
        QWidget.setTabOrder(self.switch_active_button, self.reset_password_button)
        QWidget.setTabOrder(self.reset_password_button, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.revoke_remember_button)
        QWidget.setTabOrder(self.revoke_remember_button, self.rotate_key_button)

        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.title_label.setText(QCoreApplication.translate("UsersPage", u"Users", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("UsersPage", u"title", None))
        self.intro_label.setText(QCoreApplication.translate("UsersPage", u"Everyone signs in with their own account. Switch an account off when someone leaves; its history stays in the audit log.", None))
        self.add_button.setText(QCoreApplication.translate("UsersPage", u"&Add account\u2026", None))
        self.edit_roles_button.setText(QCoreApplication.translate("UsersPage", u"&Edit roles\u2026", None))
        self.switch_active_button.setText(QCoreApplication.translate("UsersPage", u"S&witch off", None))
        self.reset_password_button.setText(QCoreApplication.translate("UsersPage", u"&Reset password\u2026", None))
        self.unlock_button.setText(QCoreApplication.translate("UsersPage", u"&Unlock", None))
        self.revoke_remember_button.setText(QCoreApplication.translate("UsersPage", u"For&get on PCs", None))
#if QT_CONFIG(tooltip)
        self.revoke_remember_button.setToolTip(QCoreApplication.translate("UsersPage", u"End \"remember me\" for this account on every PC", None))
#endif // QT_CONFIG(tooltip)
        self.rotate_key_button.setText(QCoreApplication.translate("UsersPage", u"C&hange the database key\u2026", None))
#if QT_CONFIG(tooltip)
        self.rotate_key_button.setToolTip(QCoreApplication.translate("UsersPage", u"Re-encrypt the data under a new key (after a leaver, or if a password or key file may have been copied)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("UsersPage", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setProperty(u"role", QCoreApplication.translate("UsersPage", u"hint", None))
        pass
    # retranslateUi

