// The Story Flow dock: the paths from a start scene (storyFlow), listed;
// picking one highlights its nodes and relationships on the canvas.
#include "flowdock.h"

#include "document/storydocument.h"
#include "play/storywalk.h"

#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ryuk {

namespace {

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

FlowDock::FlowDock(QWidget *parent) : QDockWidget(tr("Story Flow"), parent)
{
    setObjectName(QStringLiteral("flowDock"));

    mStart = new QLineEdit;
    mStart->setObjectName(QStringLiteral("flowStart"));
    mStart->setClearButtonEnabled(true);
    mStart->setToolTip(tr("The scene the flows start from; empty for the selected scene or the story's start"));
    mCompletions = new QStringListModel(this);
    auto *completer = new QCompleter(mCompletions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mStart->setCompleter(completer);
    mStart->installEventFilter(this);
    connect(mStart, &QLineEdit::returnPressed, this, &FlowDock::run);

    mDepth = new QSpinBox;
    mDepth->setObjectName(QStringLiteral("flowDepth"));
    mDepth->setRange(1, 100);
    mDepth->setValue(FlowOptions{}.maxDepth);
    mDepth->setToolTip(tr("The most relationships a flow may take"));
    mLimit = new QSpinBox;
    mLimit->setObjectName(QStringLiteral("flowLimit"));
    mLimit->setRange(1, 10000);
    mLimit->setValue(FlowOptions{}.limit);
    mLimit->setToolTip(tr("The most flows listed (shortest first)"));

    mRunButton = new QPushButton(tr("Show flows"));
    mRunButton->setObjectName(QStringLiteral("flowRun"));
    mRunButton->setDefault(true);
    connect(mRunButton, &QPushButton::clicked, this, &FlowDock::run);
    mClearButton = new QPushButton(tr("Clear"));
    mClearButton->setObjectName(QStringLiteral("flowClear"));
    mClearButton->setToolTip(tr("Clear the list and the highlight"));
    connect(mClearButton, &QPushButton::clicked, this, [this] {
        mList->clear();
        mPaths.clear();
        mRanFrom.clear();
        mStatus->clear();
        if (mDocument)
            mDocument->setHighlight({});
    });

    mList = new QListWidget;
    mList->setObjectName(QStringLiteral("flowList"));
    mList->setUniformItemSizes(true);
    mList->setTextElideMode(Qt::ElideMiddle);                    // both ends of a flow matter
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elide rather than scroll
    connect(mList, &QListWidget::currentRowChanged, this, &FlowDock::pathSelected);

    mStatus = new QLabel;
    mStatus->setObjectName(QStringLiteral("flowStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::PlainText);

    mRerun = new QTimer(this);
    mRerun->setSingleShot(true);
    mRerun->setInterval(300);
    connect(mRerun, &QTimer::timeout, this, [this] {
        if (!mRanFrom.isEmpty())
            run();
    });

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("From scene"), mStart);
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Depth")));
    options->addWidget(mDepth);
    options->addSpacing(8);
    options->addWidget(new QLabel(tr("At most")));
    options->addWidget(mLimit);
    options->addStretch(1);
    form->addRow(options);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mRunButton);
    buttons->addWidget(mClearButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(mStatus);
    layout->addWidget(mList, 1);
    setWidget(body);
    updateDefaultStart();
}

FlowDock::~FlowDock() = default;

void FlowDock::setDocument(StoryDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mList->clear();
    mPaths.clear();
    mRanFrom.clear();
    mStatus->clear();
    mCompletionRevision = ~quint64(0);
    if (document) {
        connect(document, &StoryDocument::selectionChanged, this, &FlowDock::updateDefaultStart);
        connect(document, &StoryDocument::changed, this, &FlowDock::storyChanged);
        connect(document, &StoryDocument::reset, this, &FlowDock::storyChanged);
        connect(document, &QObject::destroyed, this, [this] {
            mList->clear();
            mPaths.clear();
            mRanFrom.clear();
        });
    }
    updateDefaultStart();
}

QString FlowDock::defaultStart() const
{
    if (!mDocument)
        return {};
    const StoryGraph &graph = mDocument->graph();
    const ElementSet &selection = mDocument->selection();
    if (selection.nodes.size() == 1 && graph.vertex(selection.nodes.front()).kind == NodeKind::Scene)
        return qstr(graph.vertex(selection.nodes.front()).id);
    const VertexIndex start = StoryWalk::startScene(graph);
    return start == NoVertex ? QString() : qstr(graph.vertex(start).id);
}

void FlowDock::updateDefaultStart()
{
    const QString start = defaultStart();
    mStart->setPlaceholderText(start.isEmpty() ? tr("scene id") : start);
}

bool FlowDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mStart && event->type() == QEvent::FocusIn)
        refreshCompletions();
    return QDockWidget::eventFilter(watched, event);
}

void FlowDock::refreshCompletions()
{
    // Built when the field is entered, and only if the story changed since:
    // listing the ids of 100,000 scenes on every edit would be waste.
    if (!mDocument || mDocument->graph().revision() == mCompletionRevision)
        return;
    const StoryGraph &graph = mDocument->graph();
    QStringList ids;
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (vertex.alive && vertex.kind == NodeKind::Scene)
            ids.append(qstr(vertex.id));
    }
    ids.sort();
    mCompletions->setStringList(ids);
    mCompletionRevision = graph.revision();
}

void FlowDock::run()
{
    mRerun->stop();
    if (!mDocument)
        return;
    const QString typed = mStart->text().trimmed();
    const QString start = typed.isEmpty() ? defaultStart() : typed;
    const int keepRow = start == mRanFrom ? mList->currentRow() : -1;
    const bool blocked = mList->blockSignals(true);
    mList->clear();
    mList->blockSignals(blocked);
    mPaths.clear();
    mRanFrom.clear();
    if (start.isEmpty()) {
        mStatus->setText(tr("This story has no scene to start from."));
        return;
    }
    const StoryGraph &graph = mDocument->graph();
    auto result = storyFlow(graph, start.toStdString(), FlowOptions{mDepth->value(), mLimit->value()});
    if (!result) {
        mStatus->setText(result.error().message);
        return;
    }
    mPaths = std::move(result->paths);
    mRanFrom = start;
    for (const FlowPath &path : mPaths) {
        QStringList titles;
        QStringList ids;
        QStringList steps;
        for (const VertexIndex v : path.nodes) {
            const GraphVertex &vertex = graph.vertex(v);
            titles.append(vertex.label.empty() ? qstr(vertex.id) : qstr(vertex.label));
            ids.append(qstr(vertex.id));
            steps.append(tr("%1 (%2)").arg(titles.last(), ids.last()));
        }
        auto *item = new QListWidgetItem(titles.join(tr(" → ")));
        item->setData(IdsRole, ids.join(tr(" → ")));
        item->setToolTip(steps.join(tr("\n→ "))); // the whole flow, one step a line
        mList->addItem(item);
    }
    const VertexIndex startVertex = graph.findVertex(start.toStdString());
    const QString startName = startVertex != NoVertex && !graph.vertex(startVertex).label.empty()
            ? qstr(graph.vertex(startVertex).label)
            : start;
    if (mPaths.empty())
        mStatus->setText(mDepth->value() == 1
                                 ? tr("No flows from “%1” within 1 step.").arg(startName)
                                 : tr("No flows from “%1” within %2 steps.").arg(startName).arg(mDepth->value()));
    else if (int(mPaths.size()) == mLimit->value())
        mStatus->setText(
                mPaths.size() == 1
                        ? tr("The first flow from “%1”.").arg(startName)
                        : tr("The first %1 flows from “%2”, shortest first.").arg(mPaths.size()).arg(startName));
    else
        mStatus->setText(mPaths.size() == 1
                                 ? tr("1 flow from “%1”.").arg(startName)
                                 : tr("%1 flows from “%2”, shortest first.").arg(mPaths.size()).arg(startName));
    if (keepRow >= 0 && keepRow < mList->count())
        mList->setCurrentRow(keepRow);
}

void FlowDock::pathSelected()
{
    const int row = mList->currentRow();
    if (!mDocument || row < 0 || std::size_t(row) >= mPaths.size())
        return;
    const FlowPath &path = mPaths[std::size_t(row)];
    ElementSet highlight{path.nodes, path.edges};
    std::sort(highlight.nodes.begin(), highlight.nodes.end());
    highlight.nodes.erase(std::unique(highlight.nodes.begin(), highlight.nodes.end()), highlight.nodes.end());
    std::sort(highlight.edges.begin(), highlight.edges.end());
    mDocument->setHighlight(std::move(highlight));
    mDocument->requestFocus(path.nodes);
}

void FlowDock::storyChanged()
{
    updateDefaultStart();
    // The listed paths hold graph indexes that an edit may have made wrong:
    // list them again once the edits pause.
    if (!mRanFrom.isEmpty())
        mRerun->start();
}

} // namespace ryuk
