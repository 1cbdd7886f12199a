# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_CasePage(object):
    def setupUi(self, CasePage):
        if not CasePage.objectName():
            CasePage.setObjectName(u"CasePage")
        CasePage.resize(1000, 680)
        self.page_layout = QVBoxLayout(CasePage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(10)
        self.title_layout.setObjectName(u"title_layout")
        self.back_button = QPushButton(CasePage)
        self.back_button.setObjectName(u"back_button")

        self.title_layout.addWidget(self.back_button)

        self.title_label = QLabel(CasePage)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.spacer_title = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.spacer_title)

        self.export_button = QPushButton(CasePage)
        self.export_button.setObjectName(u"export_button")

        self.title_layout.addWidget(self.export_button)

        self.close_case_button = QPushButton(CasePage)
        self.close_case_button.setObjectName(u"close_case_button")

        self.title_layout.addWidget(self.close_case_button)

        self.reopen_button = QPushButton(CasePage)
        self.reopen_button.setObjectName(u"reopen_button")

        self.title_layout.addWidget(self.reopen_button)


        self.page_layout.addLayout(self.title_layout)

        self.subtitle_label = QLabel(CasePage)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setWordWrap(True)

        self.page_layout.addWidget(self.subtitle_label)

        self.flags_label = QLabel(CasePage)
        self.flags_label.setObjectName(u"flags_label")
        self.flags_label.setWordWrap(True)

        self.page_layout.addWidget(self.flags_label)

        self.message_label = QLabel(CasePage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.page_layout.addWidget(self.message_label)

        self.tabs = QTabWidget(CasePage)
        self.tabs.setObjectName(u"tabs")
        self.summary_tab = QWidget()
        self.summary_tab.setObjectName(u"summary_tab")
        self.summary_layout = QHBoxLayout(self.summary_tab)
        self.summary_layout.setSpacing(16)
        self.summary_layout.setObjectName(u"summary_layout")
        self.facts_column = QVBoxLayout()
        self.facts_column.setObjectName(u"facts_column")
        self.concern_group = QGroupBox(self.summary_tab)
        self.concern_group.setObjectName(u"concern_group")
        self.concern_group_layout = QVBoxLayout(self.concern_group)
        self.concern_group_layout.setObjectName(u"concern_group_layout")
        self.facts_layout = QFormLayout()
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.facts_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.concern_at_caption = QLabel(self.concern_group)
        self.concern_at_caption.setObjectName(u"concern_at_caption")

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.concern_at_caption)

        self.concern_at_value = QLabel(self.concern_group)
        self.concern_at_value.setObjectName(u"concern_at_value")
        self.concern_at_value.setWordWrap(True)
        self.concern_at_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.concern_at_value)

        self.reported_at_caption = QLabel(self.concern_group)
        self.reported_at_caption.setObjectName(u"reported_at_caption")

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reported_at_caption)

        self.reported_at_value = QLabel(self.concern_group)
        self.reported_at_value.setObjectName(u"reported_at_value")
        self.reported_at_value.setWordWrap(True)
        self.reported_at_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reported_at_value)

        self.delay_caption = QLabel(self.concern_group)
        self.delay_caption.setObjectName(u"delay_caption")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.delay_caption)

        self.delay_value = QLabel(self.concern_group)
        self.delay_value.setObjectName(u"delay_value")
        self.delay_value.setWordWrap(True)
        self.delay_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.delay_value)

        self.reported_to_caption = QLabel(self.concern_group)
        self.reported_to_caption.setObjectName(u"reported_to_caption")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reported_to_caption)

        self.reported_to_value = QLabel(self.concern_group)
        self.reported_to_value.setObjectName(u"reported_to_value")
        self.reported_to_value.setWordWrap(True)
        self.reported_to_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reported_to_value)

        self.raised_by_caption = QLabel(self.concern_group)
        self.raised_by_caption.setObjectName(u"raised_by_caption")

        self.facts_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.raised_by_caption)

        self.raised_by_value = QLabel(self.concern_group)
        self.raised_by_value.setObjectName(u"raised_by_value")
        self.raised_by_value.setWordWrap(True)
        self.raised_by_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.raised_by_value)

        self.breach_types_caption = QLabel(self.concern_group)
        self.breach_types_caption.setObjectName(u"breach_types_caption")

        self.facts_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.breach_types_caption)

        self.breach_types_value = QLabel(self.concern_group)
        self.breach_types_value.setObjectName(u"breach_types_value")
        self.breach_types_value.setWordWrap(True)
        self.breach_types_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.breach_types_value)

        self.platforms_caption = QLabel(self.concern_group)
        self.platforms_caption.setObjectName(u"platforms_caption")

        self.facts_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.platforms_caption)

        self.platforms_value = QLabel(self.concern_group)
        self.platforms_value.setObjectName(u"platforms_value")
        self.platforms_value.setWordWrap(True)
        self.platforms_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.platforms_value)

        self.seen_caption = QLabel(self.concern_group)
        self.seen_caption.setObjectName(u"seen_caption")

        self.facts_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.seen_caption)

        self.seen_value = QLabel(self.concern_group)
        self.seen_value.setObjectName(u"seen_value")
        self.seen_value.setWordWrap(True)
        self.seen_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.seen_value)

        self.actions_caption = QLabel(self.concern_group)
        self.actions_caption.setObjectName(u"actions_caption")

        self.facts_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.actions_caption)

        self.actions_value = QLabel(self.concern_group)
        self.actions_value.setObjectName(u"actions_value")
        self.actions_value.setWordWrap(True)
        self.actions_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.actions_value)


        self.concern_group_layout.addLayout(self.facts_layout)


        self.facts_column.addWidget(self.concern_group)

        self.spacer_facts = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.facts_column.addItem(self.spacer_facts)


        self.summary_layout.addLayout(self.facts_column)

        self.work_column = QVBoxLayout()
        self.work_column.setObjectName(u"work_column")
        self.investigation_group = QGroupBox(self.summary_tab)
        self.investigation_group.setObjectName(u"investigation_group")
        self.investigation_layout = QFormLayout(self.investigation_group)
        self.investigation_layout.setObjectName(u"investigation_layout")
        self.investigation_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.investigation_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_label = QLabel(self.investigation_group)
        self.status_label.setObjectName(u"status_label")

        self.investigation_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(self.investigation_group)
        self.status_combo.setObjectName(u"status_combo")

        self.status_layout.addWidget(self.status_combo)

        self.status_button = QPushButton(self.investigation_group)
        self.status_button.setObjectName(u"status_button")

        self.status_layout.addWidget(self.status_button)

        self.status_layout.setStretch(0, 1)

        self.investigation_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_layout)

        self.risk_label = QLabel(self.investigation_group)
        self.risk_label.setObjectName(u"risk_label")

        self.investigation_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.risk_label)

        self.risk_combo = QComboBox(self.investigation_group)
        self.risk_combo.setObjectName(u"risk_combo")

        self.investigation_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.risk_combo)

        self.officer_label = QLabel(self.investigation_group)
        self.officer_label.setObjectName(u"officer_label")

        self.investigation_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_combo = QComboBox(self.investigation_group)
        self.officer_combo.setObjectName(u"officer_combo")

        self.investigation_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officer_combo)

        self.decision_maker_label = QLabel(self.investigation_group)
        self.decision_maker_label.setObjectName(u"decision_maker_label")

        self.investigation_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_maker_label)

        self.decision_maker_combo = QComboBox(self.investigation_group)
        self.decision_maker_combo.setObjectName(u"decision_maker_combo")

        self.investigation_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_maker_combo)

        self.assign_layout = QHBoxLayout()
        self.assign_layout.setObjectName(u"assign_layout")
        self.spacer_assign = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assign_layout.addItem(self.spacer_assign)

        self.assign_button = QPushButton(self.investigation_group)
        self.assign_button.setObjectName(u"assign_button")

        self.assign_layout.addWidget(self.assign_button)


        self.investigation_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.assign_layout)

        self.assign_warning_label = QLabel(self.investigation_group)
        self.assign_warning_label.setObjectName(u"assign_warning_label")
        self.assign_warning_label.setWordWrap(True)

        self.investigation_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.assign_warning_label)


        self.work_column.addWidget(self.investigation_group)

        self.parties_group = QGroupBox(self.summary_tab)
        self.parties_group.setObjectName(u"parties_group")
        self.parties_layout = QVBoxLayout(self.parties_group)
        self.parties_layout.setObjectName(u"parties_layout")
        self.parties_hint = QLabel(self.parties_group)
        self.parties_hint.setObjectName(u"parties_hint")
        self.parties_hint.setWordWrap(True)

        self.parties_layout.addWidget(self.parties_hint)

        self.parties_list = QListWidget(self.parties_group)
        self.parties_list.setObjectName(u"parties_list")
        self.parties_list.setMaximumSize(QSize(16777215, 140))

        self.parties_layout.addWidget(self.parties_list)

        self.party_buttons_layout = QHBoxLayout()
        self.party_buttons_layout.setObjectName(u"party_buttons_layout")
        self.add_party_button = QPushButton(self.parties_group)
        self.add_party_button.setObjectName(u"add_party_button")

        self.party_buttons_layout.addWidget(self.add_party_button)

        self.reveal_name_button = QPushButton(self.parties_group)
        self.reveal_name_button.setObjectName(u"reveal_name_button")

        self.party_buttons_layout.addWidget(self.reveal_name_button)

        self.spacer_party = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.party_buttons_layout.addItem(self.spacer_party)


        self.parties_layout.addLayout(self.party_buttons_layout)


        self.work_column.addWidget(self.parties_group)

        self.spacer_work = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.work_column.addItem(self.spacer_work)


        self.summary_layout.addLayout(self.work_column)

        self.summary_layout.setStretch(0, 1)
        self.summary_layout.setStretch(1, 1)
        self.tabs.addTab(self.summary_tab, "")
        self.chronology_tab = QWidget()
        self.chronology_tab.setObjectName(u"chronology_tab")
        self.chronology_layout = QVBoxLayout(self.chronology_tab)
        self.chronology_layout.setObjectName(u"chronology_layout")
        self.tabs.addTab(self.chronology_tab, "")
        self.evidence_tab = QWidget()
        self.evidence_tab.setObjectName(u"evidence_tab")
        self.evidence_layout = QVBoxLayout(self.evidence_tab)
        self.evidence_layout.setObjectName(u"evidence_layout")
        self.tabs.addTab(self.evidence_tab, "")
        self.referrals_tab = QWidget()
        self.referrals_tab.setObjectName(u"referrals_tab")
        self.referrals_layout = QVBoxLayout(self.referrals_tab)
        self.referrals_layout.setObjectName(u"referrals_layout")
        self.tabs.addTab(self.referrals_tab, "")
        self.decision_tab = QWidget()
        self.decision_tab.setObjectName(u"decision_tab")
        self.decision_layout = QVBoxLayout(self.decision_tab)
        self.decision_layout.setObjectName(u"decision_layout")
        self.tabs.addTab(self.decision_tab, "")

        self.page_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.risk_label.setBuddy(self.risk_combo)
        self.officer_label.setBuddy(self.officer_combo)
        self.decision_maker_label.setBuddy(self.decision_maker_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_case_button)
        QWidget.setTabOrder(self.close_case_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.status_button)
        QWidget.setTabOrder(self.status_button, self.risk_combo)
        QWidget.setTabOrder(self.risk_combo, self.officer_combo)
        QWidget.setTabOrder(self.officer_combo, self.decision_maker_combo)
        QWidget.setTabOrder(self.decision_maker_combo, self.assign_button)
        QWidget.setTabOrder(self.assign_button, self.parties_list)
        QWidget.setTabOrder(self.parties_list, self.add_party_button)
        QWidget.setTabOrder(self.add_party_button, self.reveal_name_button)

        self.retranslateUi(CasePage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CasePage)
    # setupUi

    def retranslateUi(self, CasePage):
        self.back_button.setText(QCoreApplication.translate("CasePage", u"\u2190 All cases", None))
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("CasePage", u"Back to the list of cases (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setProperty(u"role", QCoreApplication.translate("CasePage", u"title", None))
        self.export_button.setText(QCoreApplication.translate("CasePage", u"E&xport\u2026", None))
        self.close_case_button.setText(QCoreApplication.translate("CasePage", u"&Close case\u2026", None))
        self.reopen_button.setText(QCoreApplication.translate("CasePage", u"Re&open case\u2026", None))
        self.flags_label.setProperty(u"role", QCoreApplication.translate("CasePage", u"error", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("CasePage", u"error", None))
        self.concern_group.setTitle(QCoreApplication.translate("CasePage", u"The concern", None))
        self.concern_at_caption.setText(QCoreApplication.translate("CasePage", u"Happened:", None))
#if QT_CONFIG(accessibility)
        self.concern_at_value.setAccessibleName(QCoreApplication.translate("CasePage", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.reported_at_caption.setText(QCoreApplication.translate("CasePage", u"Came in:", None))
#if QT_CONFIG(accessibility)
        self.reported_at_value.setAccessibleName(QCoreApplication.translate("CasePage", u"When the concern came in", None))
#endif // QT_CONFIG(accessibility)
        self.delay_caption.setText(QCoreApplication.translate("CasePage", u"Time to report:", None))
#if QT_CONFIG(accessibility)
        self.delay_value.setAccessibleName(QCoreApplication.translate("CasePage", u"Time from concern to report", None))
#endif // QT_CONFIG(accessibility)
        self.reported_to_caption.setText(QCoreApplication.translate("CasePage", u"Reported to:", None))
#if QT_CONFIG(accessibility)
        self.reported_to_value.setAccessibleName(QCoreApplication.translate("CasePage", u"Reported to", None))
#endif // QT_CONFIG(accessibility)
        self.raised_by_caption.setText(QCoreApplication.translate("CasePage", u"Raised by:", None))
#if QT_CONFIG(accessibility)
        self.raised_by_value.setAccessibleName(QCoreApplication.translate("CasePage", u"Who raised the concern", None))
#endif // QT_CONFIG(accessibility)
        self.breach_types_caption.setText(QCoreApplication.translate("CasePage", u"Breach types:", None))
#if QT_CONFIG(accessibility)
        self.breach_types_value.setAccessibleName(QCoreApplication.translate("CasePage", u"Breach types", None))
#endif // QT_CONFIG(accessibility)
        self.platforms_caption.setText(QCoreApplication.translate("CasePage", u"Platforms:", None))
#if QT_CONFIG(accessibility)
        self.platforms_value.setAccessibleName(QCoreApplication.translate("CasePage", u"Platforms", None))
#endif // QT_CONFIG(accessibility)
        self.seen_caption.setText(QCoreApplication.translate("CasePage", u"What was seen:", None))
#if QT_CONFIG(accessibility)
        self.seen_value.setAccessibleName(QCoreApplication.translate("CasePage", u"What was seen", None))
#endif // QT_CONFIG(accessibility)
        self.actions_caption.setText(QCoreApplication.translate("CasePage", u"Immediate actions:", None))
#if QT_CONFIG(accessibility)
        self.actions_value.setAccessibleName(QCoreApplication.translate("CasePage", u"Immediate safeguarding actions", None))
#endif // QT_CONFIG(accessibility)
        self.investigation_group.setTitle(QCoreApplication.translate("CasePage", u"Investigation", None))
        self.status_label.setText(QCoreApplication.translate("CasePage", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("CasePage", u"Status of the case", None))
#endif // QT_CONFIG(accessibility)
        self.status_button.setText(QCoreApplication.translate("CasePage", u"Set s&tatus", None))
        self.risk_label.setText(QCoreApplication.translate("CasePage", u"Ris&k:", None))
#if QT_CONFIG(accessibility)
        self.risk_combo.setAccessibleName(QCoreApplication.translate("CasePage", u"Risk rating", None))
#endif // QT_CONFIG(accessibility)
        self.officer_label.setText(QCoreApplication.translate("CasePage", u"Investigating &officer:", None))
#if QT_CONFIG(accessibility)
        self.officer_combo.setAccessibleName(QCoreApplication.translate("CasePage", u"Investigating officer", None))
#endif // QT_CONFIG(accessibility)
        self.decision_maker_label.setText(QCoreApplication.translate("CasePage", u"&Decision-maker:", None))
#if QT_CONFIG(accessibility)
        self.decision_maker_combo.setAccessibleName(QCoreApplication.translate("CasePage", u"Decision-maker", None))
#endif // QT_CONFIG(accessibility)
        self.assign_button.setText(QCoreApplication.translate("CasePage", u"Save &assignment", None))
        self.assign_warning_label.setProperty(u"role", QCoreApplication.translate("CasePage", u"error", None))
        self.parties_group.setTitle(QCoreApplication.translate("CasePage", u"Children, families and third parties", None))
        self.parties_hint.setText(QCoreApplication.translate("CasePage", u"Recorded by case reference. A name is shown only when you ask (the audit log records it).", None))
        self.parties_hint.setProperty(u"role", QCoreApplication.translate("CasePage", u"hint", None))
#if QT_CONFIG(accessibility)
        self.parties_list.setAccessibleName(QCoreApplication.translate("CasePage", u"Children, families and third parties affected", None))
#endif // QT_CONFIG(accessibility)
        self.add_party_button.setText(QCoreApplication.translate("CasePage", u"Add &someone affected\u2026", None))
        self.reveal_name_button.setText(QCoreApplication.translate("CasePage", u"Show &name", None))
        self.tabs.setTabText(self.tabs.indexOf(self.summary_tab), QCoreApplication.translate("CasePage", u"Summary", None))
        self.tabs.setTabText(self.tabs.indexOf(self.chronology_tab), QCoreApplication.translate("CasePage", u"Chronology", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidence_tab), QCoreApplication.translate("CasePage", u"Evidence", None))
        self.tabs.setTabText(self.tabs.indexOf(self.referrals_tab), QCoreApplication.translate("CasePage", u"Referrals", None))
        self.tabs.setTabText(self.tabs.indexOf(self.decision_tab), QCoreApplication.translate("CasePage", u"Decision and outcome", None))
        pass
    # retranslateUi

