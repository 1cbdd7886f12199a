# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(640, 400)
        ConflictDialog.setModal(True)
        self.main_layout = QVBoxLayout(ConflictDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConflictDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.intro_label)

        self.comparison_table = QTableWidget(ConflictDialog)
        if (self.comparison_table.columnCount() < 4):
            self.comparison_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.comparison_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.comparison_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.comparison_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.comparison_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.comparison_table.setObjectName(u"comparison_table")
        self.comparison_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparison_table.setTabKeyNavigation(False)
        self.comparison_table.setWordWrap(True)

        self.main_layout.addWidget(self.comparison_table)

        self.choices_label = QLabel(ConflictDialog)
        self.choices_label.setObjectName(u"choices_label")
        self.choices_label.setWordWrap(True)

        self.main_layout.addWidget(self.choices_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.keep_theirs_button = QPushButton(ConflictDialog)
        self.keep_theirs_button.setObjectName(u"keep_theirs_button")

        self.buttons_layout.addWidget(self.keep_theirs_button)

        self.overwrite_button = QPushButton(ConflictDialog)
        self.overwrite_button.setObjectName(u"overwrite_button")

        self.buttons_layout.addWidget(self.overwrite_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.review_button = QPushButton(ConflictDialog)
        self.review_button.setObjectName(u"review_button")

        self.buttons_layout.addWidget(self.review_button)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.comparison_table, self.keep_theirs_button)
        QWidget.setTabOrder(self.keep_theirs_button, self.overwrite_button)
        QWidget.setTabOrder(self.overwrite_button, self.review_button)

        self.retranslateUi(ConflictDialog)

        self.review_button.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else changed this record", None))
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.comparison_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Field", None))
        ___qtablewidgetitem1 = self.comparison_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"When you opened it", None))
        ___qtablewidgetitem2 = self.comparison_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"Their version", None))
        ___qtablewidgetitem3 = self.comparison_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictDialog", u"Your change", None))
#if QT_CONFIG(accessibility)
        self.comparison_table.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Their change and yours, field by field", None))
#endif // QT_CONFIG(accessibility)
        self.choices_label.setProperty(u"role", QCoreApplication.translate("ConflictDialog", u"hint", None))
        self.choices_label.setText(QCoreApplication.translate("ConflictDialog", u"Keep theirs: show their version and discard your changes. Overwrite with mine: save your changes over theirs (recorded as an overwrite in the audit log). Review: show their version with your changes put back on the form, to check before you save.", None))
        self.keep_theirs_button.setText(QCoreApplication.translate("ConflictDialog", u"&Keep theirs", None))
        self.overwrite_button.setText(QCoreApplication.translate("ConflictDialog", u"&Overwrite with mine", None))
        self.review_button.setText(QCoreApplication.translate("ConflictDialog", u"&Review", None))
    # retranslateUi

