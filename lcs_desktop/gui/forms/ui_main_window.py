# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1040, 680)
        self.lock_action = QAction(MainWindow)
        self.lock_action.setObjectName(u"lock_action")
        self.sign_out_action = QAction(MainWindow)
        self.sign_out_action.setObjectName(u"sign_out_action")
        self.exit_action = QAction(MainWindow)
        self.exit_action.setObjectName(u"exit_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.outer_layout = QVBoxLayout(self.central_widget)
        self.outer_layout.setSpacing(0)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.screen_stack = QStackedWidget(self.central_widget)
        self.screen_stack.setObjectName(u"screen_stack")
        self.work_widget = QWidget()
        self.work_widget.setObjectName(u"work_widget")
        self.work_layout = QHBoxLayout(self.work_widget)
        self.work_layout.setSpacing(0)
        self.work_layout.setObjectName(u"work_layout")
        self.work_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_list = QListWidget(self.work_widget)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(200, 0))
        self.nav_list.setMaximumSize(QSize(260, 16777215))
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_list.setIconSize(QSize(20, 20))

        self.work_layout.addWidget(self.nav_list)

        self.page_stack = QStackedWidget(self.work_widget)
        self.page_stack.setObjectName(u"page_stack")

        self.work_layout.addWidget(self.page_stack)

        self.screen_stack.addWidget(self.work_widget)

        self.outer_layout.addWidget(self.screen_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.exit_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"LCS Desktop", None))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
#if QT_CONFIG(shortcut)
        self.lock_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.sign_out_action.setText(QCoreApplication.translate("MainWindow", u"&Sign out", None))
        self.exit_action.setText(QCoreApplication.translate("MainWindow", u"E&xit", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About LCS Desktop", None))
#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.nav_list.setProperty(u"role", QCoreApplication.translate("MainWindow", u"nav", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

