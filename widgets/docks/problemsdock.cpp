// The Problems dock: what validateStory finds (dead ends, unreachable scenes,
// loops…), kept up to date as the story is edited; a click shows the nodes.
#include "problemsdock.h"

#include "document/storydocument.h"
#include "graph/storyvalidation.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ryuk {

namespace {

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

// ---- ProblemListModel

ProblemListModel::ProblemListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemListModel::setProblems(std::vector<StoryProblem> problems)
{
    beginResetModel();
    mProblems = std::move(problems);
    endResetModel();
}

QString ProblemListModel::kindLabel(StoryProblem::Kind kind)
{
    switch (kind) {
    case StoryProblem::Kind::DeadEnd:
        return tr("Dead end");
    case StoryProblem::Kind::Unreachable:
        return tr("Unreachable");
    case StoryProblem::Kind::Loop:
        return tr("Loop");
    case StoryProblem::Kind::DanglingChoice:
        return tr("Dangling choice");
    case StoryProblem::Kind::AbsentCharacter:
        return tr("Absent character");
    case StoryProblem::Kind::SequenceBackwards:
        return tr("Sequence goes back");
    }
    return {};
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mProblems.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= mProblems.size())
        return {};
    const StoryProblem &problem = mProblems[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            return kindLabel(problem.kind);
        case MessageColumn:
            return problem.message;
        case NodesColumn: {
            QStringList ids;
            for (const std::string &id : problem.nodeIds)
                ids.append(qstr(id));
            return ids.join(tr(", "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == KindColumn) {
        // Structure that stops a reader is a warning; the rest is worth a look.
        const bool warning = problem.kind == StoryProblem::Kind::DeadEnd
                || problem.kind == StoryProblem::Kind::Unreachable
                || problem.kind == StoryProblem::Kind::DanglingChoice;
        return QApplication::style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Problem");
    case MessageColumn:
        return tr("What");
    case NodesColumn:
        return tr("Nodes");
    default:
        return {};
    }
}

// ---- ProblemsDock

ProblemsDock::ProblemsDock(QWidget *parent) : QDockWidget(tr("Problems"), parent)
{
    setObjectName(QStringLiteral("problemsDock"));

    mModel = new ProblemListModel(this);
    mView = new QTreeView;
    mView->setObjectName(QStringLiteral("problemsView"));
    mView->setModel(mModel);
    mView->setRootIsDecorated(false);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->header()->setStretchLastSection(false);
    mView->header()->setSectionResizeMode(ProblemListModel::KindColumn, QHeaderView::ResizeToContents);
    mView->header()->setSectionResizeMode(ProblemListModel::MessageColumn, QHeaderView::Stretch);
    mView->header()->setSectionResizeMode(ProblemListModel::NodesColumn, QHeaderView::Interactive);
    mView->header()->resizeSection(ProblemListModel::NodesColumn, 140);
    connect(mView, &QTreeView::clicked, this, &ProblemsDock::showProblem);
    connect(mView, &QTreeView::activated, this, &ProblemsDock::showProblem);

    mStatus = new QLabel;
    mStatus->setObjectName(QStringLiteral("problemsStatus"));
    mCheckButton = new QPushButton(tr("Check"));
    mCheckButton->setObjectName(QStringLiteral("problemsCheck"));
    mCheckButton->setToolTip(tr("Validate the story now"));
    connect(mCheckButton, &QPushButton::clicked, this, &ProblemsDock::check);

    mTimer = new QTimer(this);
    mTimer->setSingleShot(true);
    mTimer->setInterval(DebounceMs);
    connect(mTimer, &QTimer::timeout, this, &ProblemsDock::check);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(mStatus, 1);
    top->addWidget(mCheckButton);
    layout->addLayout(top);
    // A clean story shows a sentence, not an empty table.
    mClean = new QLabel(
            tr("Nothing to fix: no dead ends, unreachable scenes, loops, dangling choices, absent characters or "
               "scenes out of sequence."));
    mClean->setObjectName(QStringLiteral("problemsClean"));
    mClean->setAlignment(Qt::AlignCenter);
    mClean->setWordWrap(true);
    mClean->setEnabled(false); // the quieter colour
    mStack = new QStackedWidget;
    mStack->addWidget(mView);
    mStack->addWidget(mClean);
    layout->addWidget(mStack);
    setWidget(body);
    check();
}

ProblemsDock::~ProblemsDock() = default;

void ProblemsDock::setDocument(StoryDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        connect(document, &StoryDocument::changed, this, [this](const std::vector<StoryChange> &changes) {
            // Moves change nothing validation looks at.
            for (const StoryChange &change : changes) {
                if (change.kind != StoryChange::Kind::NodeMoved && change.kind != StoryChange::Kind::TitleChanged) {
                    scheduleCheck();
                    return;
                }
            }
        });
        connect(document, &StoryDocument::reset, this, &ProblemsDock::scheduleCheck);
        connect(document, &QObject::destroyed, this, &ProblemsDock::check);
    }
    check();
}

void ProblemsDock::scheduleCheck()
{
    if (mDocument && mDocument->graph().vertexCount() > AutoCheckLimit) {
        mStatus->setText(tr("The story changed. Press Check to validate it again."));
        return;
    }
    mTimer->start();
}

std::vector<StoryProblem> ProblemsDock::problemsOf(const ValidationReport &report, const StoryGraph &graph)
{
    auto name = [&](const std::string &id) {
        const VertexIndex v = graph.findVertex(id);
        if (v == NoVertex || graph.vertex(v).label.empty())
            return qstr(id);
        return tr("“%1”").arg(qstr(graph.vertex(v).label));
    };
    using Kind = StoryProblem::Kind;
    std::vector<StoryProblem> problems;
    for (const std::string &id : report.deadEnds)
        problems.push_back({Kind::DeadEnd, tr("%1 leads nowhere and is not marked as an ending.").arg(name(id)), {id}});
    for (const std::string &id : report.unreachable)
        problems.push_back({Kind::Unreachable, tr("%1 cannot be reached from the start.").arg(name(id)), {id}});
    for (const std::vector<std::string> &loop : report.loops) {
        const QString message = loop.size() == 1
                ? tr("%1 leads to itself.").arg(name(loop.front()))
                : tr("%1 nodes lead back to one another, starting with %2.").arg(loop.size()).arg(name(loop.front()));
        problems.push_back({Kind::Loop, message, loop});
    }
    for (const std::string &id : report.danglingChoices)
        problems.push_back({Kind::DanglingChoice, tr("The choice %1 leads nowhere.").arg(name(id)), {id}});
    for (const std::string &id : report.absentCharacters)
        problems.push_back({Kind::AbsentCharacter, tr("%1 appears in no scene.").arg(name(id)), {id}});
    for (const auto &[from, to] : report.sequenceBackwards)
        problems.push_back({Kind::SequenceBackwards,
                            tr("%1 leads to %2, which comes earlier in the same chapter.").arg(name(from), name(to)),
                            {from, to}});
    return problems;
}

void ProblemsDock::check()
{
    mTimer->stop();
    if (!mDocument) {
        mModel->setProblems({});
        mStatus->setText(tr("No story open."));
        mStack->setCurrentWidget(mView);
        setWindowTitle(tr("Problems"));
        return;
    }
    const ValidationReport report = validateStory(mDocument->graph());
    mModel->setProblems(problemsOf(report, mDocument->graph()));
    const int count = mModel->rowCount();
    mStack->setCurrentWidget(count == 0 ? static_cast<QWidget *>(mClean) : mView);
    mStatus->setText(count == 0 ? tr("No problems") : count == 1 ? tr("1 problem") : tr("%1 problems").arg(count));
    setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
}

void ProblemsDock::showProblem(const QModelIndex &index)
{
    if (!mDocument || !index.isValid() || std::size_t(index.row()) >= mModel->problems().size())
        return;
    const StoryGraph &graph = mDocument->graph();
    std::vector<VertexIndex> nodes;
    for (const std::string &id : mModel->problems()[std::size_t(index.row())].nodeIds) {
        if (const VertexIndex v = graph.findVertex(id); v != NoVertex)
            nodes.push_back(v);
    }
    if (nodes.empty())
        return; // fixed meanwhile; the next check drops the row
    mDocument->setSelection({nodes, {}});
    mDocument->requestFocus(nodes);
}

} // namespace ryuk
