// The plan tree, built from PlanRow parents.
#include "planview.h"

#include "metrics/loadtest.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace ryuk {

PlanView::PlanView(QWidget *parent) : QWidget(parent)
{
    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("planKind"));
    // The kinds with a plan are the catalogue's reads, which a load test may run.
    for (const std::string &kind : LoadOptions::kinds())
        mKind->addItem(QString::fromStdString(kind));
    auto *explain = new QPushButton(tr("Explain"), this);
    connect(explain, &QPushButton::clicked, this, [this] { showPlan(mKind->currentText()); });
    connect(mKind, &QComboBox::activated, this, [this] { showPlan(mKind->currentText()); });

    mTree = new QTreeWidget(this);
    mTree->setObjectName(QStringLiteral("planTree"));
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Step"), tr("Note")});
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->setRootIsDecorated(true);
    mMessage = new QLabel(this);
    mMessage->setWordWrap(true);
    mMessage->setObjectName(QStringLiteral("planMessage"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Query kind:"), this));
    top->addWidget(mKind);
    top->addWidget(explain);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(mTree, 1);
    layout->addWidget(mMessage);
}

void PlanView::setStore(StoryStore *store)
{
    mStore = store;
    mTree->clear();
    mFullScans = 0;
    mMessage->clear();
}

QString PlanView::kind() const
{
    return mKind->currentText();
}

QString PlanView::message() const
{
    return mMessage->text();
}

bool PlanView::showPlan(const QString &kind)
{
    mTree->clear();
    mFullScans = 0;
    mMessage->setStyleSheet({});
    const int index = mKind->findText(kind);
    if (index >= 0)
        mKind->setCurrentIndex(index);
    if (!mStore) {
        mMessage->setText(tr("Open a story to see query plans."));
        return false;
    }
    auto plan = mStore->explainPlan(kind.toStdString());
    if (!plan) {
        mMessage->setText(plan.error().message);
        return false;
    }
    // SQLite lists a parent before its children.
    std::map<int, QTreeWidgetItem *> items;
    const QColor red(0xb0, 0x00, 0x20);
    for (const PlanRow &row : *plan) {
        QTreeWidgetItem *parent = row.parent ? items[row.parent] : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(mTree);
        item->setText(0, QString::fromStdString(row.detail));
        if (row.fullScan) {
            ++mFullScans;
            item->setText(1, tr("full table scan"));
            item->setForeground(0, red);
            item->setForeground(1, red);
            const QString why = tr("SQLite reads every row of the table for this step: no index serves its "
                                   "condition, so the time grows with the story. An index on the filtered "
                                   "columns would let it read only the matching rows.");
            item->setToolTip(0, why);
            item->setToolTip(1, why);
        }
        items[row.id] = item;
    }
    mTree->expandAll();
    if (mFullScans > 0) {
        mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        mMessage->setText(tr("%n step(s) scan a whole table: every row is read. An index on the columns the "
                             "query filters or sorts by would serve it.",
                             nullptr, mFullScans));
    } else {
        mMessage->setText(tr("Every step uses an index or a primary key."));
    }
    return true;
}

} // namespace ryuk
