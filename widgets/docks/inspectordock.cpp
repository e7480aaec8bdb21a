// The Inspector dock: typed editors for the selected node or relationship,
// and a key/value table for every other property.
#include "inspectordock.h"

#include "core/properties.h"
#include "document/storydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <charconv>
#include <climits>
#include <cmath>
#include <set>

namespace ryuk {

namespace {

constexpr const char *RelationshipOwner = "*relationship";

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// A string as JSON text, escaped as JSON needs.
std::string jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();
}

std::optional<qint64> jsonInteger(const std::string &json)
{
    qint64 value = 0;
    const char *end = json.data() + json.size();
    const auto [ptr, ec] = std::from_chars(json.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<double> jsonNumber(const std::string &json)
{
    bool ok = false;
    const double value = QByteArray::fromStdString(json).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// The names the generator and the sample story use; any other text is fine too.
const QStringList &roleNames()
{
    static const QStringList names
            = {QStringLiteral("protagonist"), QStringLiteral("deuteragonist"), QStringLiteral("antagonist"),
               QStringLiteral("mentor"),      QStringLiteral("ally"),          QStringLiteral("rival"),
               QStringLiteral("supporting")};
    return names;
}

const QStringList &transitionNames()
{
    static const QStringList names
            = {QStringLiteral("cut"),       QStringLiteral("fade"),      QStringLiteral("dissolve"),
               QStringLiteral("match_cut"), QStringLiteral("flashback"), QStringLiteral("time_skip"),
               QStringLiteral("choice")};
    return names;
}

// Shows or hides a form row by its widgets.
void showRow(QFormLayout *form, QWidget *field, bool shown)
{
    if (QWidget *label = form->labelForField(field))
        label->setVisible(shown);
    field->setVisible(shown);
}

} // namespace

InspectorDock::InspectorDock(QWidget *parent) : QDockWidget(tr("Inspector"), parent)
{
    setObjectName(QStringLiteral("inspectorDock"));

    mPages = new QStackedWidget(this);

    mEmptyLabel = new QLabel(tr("Select a node or a relationship to see its properties here."), mPages);
    mEmptyLabel->setObjectName(QStringLiteral("inspectorEmpty"));
    mEmptyLabel->setAlignment(Qt::AlignCenter);
    mEmptyLabel->setWordWrap(true);
    mEmptyLabel->setEnabled(false); // the quieter colour
    mEmptyLabel->setMargin(12);
    mPages->addWidget(mEmptyLabel);

    mManyLabel = new QLabel(mPages);
    mManyLabel->setObjectName(QStringLiteral("inspectorMany"));
    mManyLabel->setAlignment(Qt::AlignCenter);
    mManyLabel->setWordWrap(true);
    mManyLabel->setMargin(12);
    mPages->addWidget(mManyLabel);

    auto *scroll = new QScrollArea(mPages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the page follows the dock's width
    scroll->setWidget(buildElementPage());
    mPages->addWidget(scroll);

    setWidget(mPages);
    refresh();
}

InspectorDock::~InspectorDock()
{
    // The editors lose focus as they are destroyed, after this object's part
    // is gone: their focus-out must not reach commitField().
    for (Field &field : mFields)
        field.editor->removeEventFilter(this);
    mUpdating = true;
}

void InspectorDock::addField(const std::string &owner, const QString &label, std::string key, EditorKind kind)
{
    // One form for every kind of element, so the labels line up; rows of
    // other kinds are hidden.
    QFormLayout *form = mHeader;
    Field field{owner, key, kind, nullptr, form, false};
    const QString name = QStringLiteral("inspector_%1_%2")
                                 .arg(qstr(owner == RelationshipOwner ? "relationship" : owner), qstr(key));
    const std::size_t index = mFields.size();
    auto commit = [this, index] { commitField(mFields[index]); };
    switch (kind) {
    case EditorKind::Text: {
        auto *edit = new QLineEdit;
        connect(edit, &QLineEdit::editingFinished, this, commit);
        field.editor = edit;
        break;
    }
    case EditorKind::LongText: {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6 + 10);
        edit->setToolTip(tr("Saved when you leave the field or press Ctrl+Enter."));
        edit->installEventFilter(this);
        field.editor = edit;
        break;
    }
    case EditorKind::Integer: {
        auto *spin = new QSpinBox;
        spin->setRange(-1, INT_MAX); // -1 stands for "not set"
        spin->setSpecialValueText(tr("not set"));
        spin->setKeyboardTracking(false); // one edit when the typing is done, not one per digit
        connect(spin, &QSpinBox::valueChanged, this, commit);
        field.editor = spin;
        break;
    }
    case EditorKind::Number: {
        auto *spin = new QDoubleSpinBox;
        spin->setDecimals(key == "weight" ? 3 : 2);
        spin->setRange(-1, 1e9); // -1 stands for "not set"
        spin->setSingleStep(key == "weight" ? 0.05 : 1);
        spin->setSpecialValueText(tr("not set"));
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, commit);
        field.editor = spin;
        break;
    }
    case EditorKind::Flag: {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, commit);
        field.editor = box;
        break;
    }
    case EditorKind::Choice: {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(key == "role" ? roleNames() : transitionNames());
        connect(combo, &QComboBox::activated, this, commit);
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, commit);
        field.editor = combo;
        break;
    }
    }
    field.editor->setObjectName(name);
    form->addRow(label, field.editor);
    mFields.push_back(std::move(field));
}

QWidget *InspectorDock::buildElementPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *header = mHeader = new QFormLayout;
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mIdEdit = new QLineEdit;
    mIdEdit->setObjectName(QStringLiteral("inspectorId"));
    mIdEdit->setReadOnly(true);
    mIdEdit->setFrame(false);
    header->addRow(tr("Id"), mIdEdit);
    mTypeLabel = new QLabel;
    mTypeLabel->setObjectName(QStringLiteral("inspectorType"));
    mTypeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addRow(tr("Type"), mTypeLabel);
    // The ends as links. A long title is cut at the dock's edge (the tooltip
    // has all of it) rather than wrapped: a word-wrapped label in a form whose
    // rows come and go makes Qt 6.4's QFormLayout write past its row data
    // (seen under valgrind).
    auto endLabel = [this](const char *name, bool to) {
        auto *label = new QLabel;
        label->setObjectName(QLatin1String(name));
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this, [this, to] { selectEnd(to); });
        return label;
    };
    mFromLabel = endLabel("inspectorFrom", false);
    mToLabel = endLabel("inspectorTo", true);
    header->addRow(tr("From"), mFromLabel);
    header->addRow(tr("To"), mToLabel);
    layout->addLayout(header);

    addField(NodeType::Scene, tr("Title"), "title", EditorKind::Text);
    addField(NodeType::Scene, tr("Chapter"), "chapter", EditorKind::Integer);
    addField(NodeType::Scene, tr("Sequence"), "sequence", EditorKind::Integer);
    addField(NodeType::Scene, tr("Summary"), "summary", EditorKind::LongText);
    addField(NodeType::Scene, tr("Start scene"), "start", EditorKind::Flag);
    addField(NodeType::Scene, tr("Ending"), "ending", EditorKind::Flag);

    addField(NodeType::Character, tr("Name"), "name", EditorKind::Text);
    addField(NodeType::Character, tr("Role"), "role", EditorKind::Choice);

    addField(NodeType::Choice, tr("Text"), "text", EditorKind::Text);
    addField(NodeType::Choice, tr("Weight"), "weight", EditorKind::Number);

    addField(NodeType::Event, tr("Title"), "title", EditorKind::Text);
    addField(NodeType::Event, tr("Description"), "description", EditorKind::LongText);
    addField(NodeType::Event, tr("Causality level"), "causality_level", EditorKind::Number);

    addField(RelationshipOwner, tr("Weight"), "weight", EditorKind::Number);
    addField(RelationshipOwner, tr("Transition"), "transition_type", EditorKind::Choice);

    auto *otherTitle = new QLabel(tr("Other properties"));
    QFont bold = otherTitle->font();
    bold.setBold(true);
    otherTitle->setFont(bold);
    mRemoveButton = new QPushButton(tr("Remove"));
    mRemoveButton->setObjectName(QStringLiteral("inspectorRemove"));
    mRemoveButton->setToolTip(tr("Remove the selected properties"));
    connect(mRemoveButton, &QPushButton::clicked, this, &InspectorDock::removeProperties);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(otherTitle, 1);
    titleRow->addWidget(mRemoveButton);
    layout->addSpacing(6);
    layout->addLayout(titleRow);

    auto *addRow = new QHBoxLayout;
    mNewKey = new QLineEdit;
    mNewKey->setObjectName(QStringLiteral("inspectorNewKey"));
    mNewKey->setPlaceholderText(tr("key"));
    mNewKey->setMinimumWidth(40);
    mNewValue = new QLineEdit;
    mNewValue->setObjectName(QStringLiteral("inspectorNewValue"));
    mNewValue->setPlaceholderText(tr("value as JSON"));
    mNewValue->setToolTip(tr("Any JSON value: \"text\", 3, true, [1, 2], {\"a\": 1}"));
    mNewValue->setMinimumWidth(60);
    mAddButton = new QPushButton(tr("Add"));
    mAddButton->setObjectName(QStringLiteral("inspectorAdd"));
    addRow->addWidget(mNewKey, 1);
    addRow->addWidget(mNewValue, 2);
    addRow->addWidget(mAddButton);
    connect(mAddButton, &QPushButton::clicked, this, &InspectorDock::addProperty);
    connect(mNewValue, &QLineEdit::returnPressed, this, &InspectorDock::addProperty);
    layout->addLayout(addRow);

    // Above the table, next to what caused it, so it is never scrolled away.
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("inspectorMessage"));
    mMessage->setWordWrap(true);
    mMessage->setTextFormat(Qt::PlainText);
    mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = mMessage->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    mMessage->setPalette(palette);
    mMessage->hide();
    layout->addWidget(mMessage);

    mTable = new QTableWidget(0, 2);
    mTable->setObjectName(QStringLiteral("inspectorTable"));
    mTable->setHorizontalHeaderLabels({tr("Key"), tr("Value (JSON)")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setMinimumHeight(120);
    mTable->setWordWrap(false);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    connect(mTable, &QTableWidget::itemChanged, this, &InspectorDock::tableItemChanged);
    layout->addWidget(mTable, 1);
    return page;
}

void InspectorDock::setDocument(StoryDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        connect(document, &StoryDocument::selectionChanged, this, &InspectorDock::refresh);
        connect(document, &StoryDocument::reset, this, &InspectorDock::refresh);
        connect(document, &StoryDocument::changed, this, [this](const std::vector<StoryChange> &changes) {
            // The element itself, or an end of the relationship shown (its name is on a button).
            const StoryGraph &graph = mDocument->graph();
            auto isEnd = [&](const std::string &id) {
                return (mFrom != NoVertex && graph.vertex(mFrom).id == id)
                        || (mTo != NoVertex && graph.vertex(mTo).id == id);
            };
            for (const StoryChange &change : changes) {
                if (change.kind == StoryChange::Kind::NodeMoved)
                    continue;
                if (change.id == mId || isEnd(change.id) || change.kind == StoryChange::Kind::Reset) {
                    refresh();
                    return;
                }
            }
        });
        connect(document, &QObject::destroyed, this, &InspectorDock::refresh);
    }
    setMessage({});
    refresh();
}

QString InspectorDock::currentId() const
{
    return qstr(mId);
}

QString InspectorDock::message() const
{
    return mMessage->text();
}

void InspectorDock::setMessage(const QString &text)
{
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

void InspectorDock::refresh()
{
    const std::string previous = mId;
    mId.clear();
    if (!mDocument) {
        mPages->setCurrentWidget(mEmptyLabel);
        return;
    }
    const ElementSet &selection = mDocument->selection();
    const std::size_t nodes = selection.nodes.size();
    const std::size_t edges = selection.edges.size();
    if (nodes + edges == 0) {
        mPages->setCurrentWidget(mEmptyLabel);
        return;
    }
    if (nodes + edges > 1) {
        // Spelled out rather than %n: the plural forms then need no translation file to read right.
        const QString nodeText = nodes == 1 ? tr("1 node") : tr("%1 nodes").arg(nodes);
        const QString edgeText = edges == 1 ? tr("1 relationship") : tr("%1 relationships").arg(edges);
        if (edges == 0)
            mManyLabel->setText(tr("%1 selected").arg(nodeText));
        else if (nodes == 0)
            mManyLabel->setText(tr("%1 selected").arg(edgeText));
        else
            mManyLabel->setText(tr("%1 and %2 selected").arg(nodeText, edgeText));
        mPages->setCurrentWidget(mManyLabel);
        return;
    }

    const StoryGraph &graph = mDocument->graph();
    if (nodes == 1) {
        auto node = mDocument->node(selection.nodes.front());
        if (!node) {
            mManyLabel->setText(node.error().message);
            mPages->setCurrentWidget(mManyLabel);
            return;
        }
        mSubject = Subject::Node;
        mId = node->id;
        mType = node->type;
        mProperties = node->properties;
        mFrom = mTo = NoVertex;
    } else {
        auto relationship = mDocument->relationship(selection.edges.front());
        if (!relationship) {
            mManyLabel->setText(relationship.error().message);
            mPages->setCurrentWidget(mManyLabel);
            return;
        }
        mSubject = Subject::Relationship;
        mId = relationship->id;
        mType = relationship->type;
        mProperties = relationship->properties;
        mFrom = graph.findVertex(relationship->from);
        mTo = graph.findVertex(relationship->to);
    }
    if (mId != previous)
        setMessage({});
    showElement();
    mPages->setCurrentIndex(2);
}

void InspectorDock::showElement()
{
    const bool updating = std::exchange(mUpdating, true);
    mIdEdit->setText(qstr(mId));
    mIdEdit->setCursorPosition(0);
    mTypeLabel->setText(qstr(mType));
    const bool relationship = mSubject == Subject::Relationship;
    showRow(mHeader, mFromLabel, relationship);
    showRow(mHeader, mToLabel, relationship);
    if (relationship) {
        const StoryGraph &graph = mDocument->graph();
        auto endText = [&](VertexIndex v) {
            if (v == NoVertex)
                return tr("(missing)");
            const GraphVertex &vertex = graph.vertex(v);
            const QString name = (vertex.label.empty() ? qstr(vertex.id) : qstr(vertex.label)).toHtmlEscaped();
            const QString link = QStringLiteral("<a href=\"select\">%1</a>").arg(name);
            return vertex.label.empty() ? link : tr("%1 (%2)").arg(link, qstr(vertex.id).toHtmlEscaped());
        };
        mFromLabel->setText(endText(mFrom));
        mToLabel->setText(endText(mTo));
        auto endTip = [&](VertexIndex v) {
            return v == NoVertex ? QString() : tr("Select %1").arg(qstr(graph.vertex(v).id));
        };
        mFromLabel->setToolTip(endTip(mFrom));
        mToLabel->setToolTip(endTip(mTo));
    }
    showFields(relationship ? std::string(RelationshipOwner) : mType, mProperties);
    showTable(mProperties);
    mUpdating = updating;
}

void InspectorDock::showFields(const std::string &owner, const std::string &properties)
{
    for (Field &field : mFields) {
        field.claimed = false;
        if (field.owner != owner) {
            showRow(field.form, field.editor, false);
            continue;
        }
        const std::optional<std::string> json = propertyJson(properties, field.key);
        const std::optional<std::string> text = propertyString(properties, field.key);
        switch (field.kind) {
        // Text editors are set only when their text differs, so an edit that
        // comes back through changed() leaves the cursor where the user had it.
        case EditorKind::Text: {
            field.claimed = !json || text;
            auto *edit = static_cast<QLineEdit *>(field.editor);
            if (const QString value = qstr(text.value_or(std::string())); edit->text() != value) {
                edit->setText(value);
                edit->setCursorPosition(0);
            }
            break;
        }
        case EditorKind::LongText: {
            field.claimed = !json || text;
            auto *edit = static_cast<QPlainTextEdit *>(field.editor);
            if (const QString value = qstr(text.value_or(std::string())); edit->toPlainText() != value)
                edit->setPlainText(value);
            break;
        }
        case EditorKind::Choice: {
            field.claimed = !json || text;
            auto *combo = static_cast<QComboBox *>(field.editor);
            if (const QString value = qstr(text.value_or(std::string())); combo->currentText() != value)
                combo->setCurrentText(value);
            break;
        }
        case EditorKind::Integer: {
            auto *spin = static_cast<QSpinBox *>(field.editor);
            const std::optional<qint64> value = json ? jsonInteger(*json) : std::nullopt;
            field.claimed = !json || (value && *value > spin->minimum() && *value <= spin->maximum());
            spin->setValue(field.claimed && value ? int(*value) : spin->minimum());
            break;
        }
        case EditorKind::Number: {
            auto *spin = static_cast<QDoubleSpinBox *>(field.editor);
            const std::optional<double> parsed = json ? jsonNumber(*json) : std::nullopt;
            const double value = parsed.value_or(spin->minimum());
            // Only values the spin box shows exactly: editing must not round what it did not touch.
            const double scale = std::pow(10.0, spin->decimals());
            field.claimed = !json
                    || (parsed && value > spin->minimum() && value <= spin->maximum()
                        && std::abs(std::round(value * scale) / scale - value) < 1e-12);
            spin->setValue(field.claimed ? value : spin->minimum());
            break;
        }
        case EditorKind::Flag:
            field.claimed = !json || *json == "true" || *json == "false";
            static_cast<QCheckBox *>(field.editor)->setChecked(json && *json == "true");
            break;
        }
        showRow(field.form, field.editor, field.claimed);
    }
}

void InspectorDock::showTable(const std::string &properties)
{
    std::set<std::string> claimed;
    for (const Field &field : mFields) {
        if (field.claimed)
            claimed.insert(field.key);
    }
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(properties)).object();
    std::vector<std::string> keys;
    for (const QString &key : object.keys()) {
        std::string k = utf8(key);
        if (!claimed.contains(k))
            keys.push_back(std::move(k));
    }
    std::sort(keys.begin(), keys.end()); // byte order, as the story keeps them
    mTable->setRowCount(int(keys.size()));
    for (int row = 0; row < int(keys.size()); ++row) {
        const std::string &key = keys[std::size_t(row)];
        auto *keyItem = new QTableWidgetItem(qstr(key));
        keyItem->setData(Qt::UserRole, qstr(key));
        auto *valueItem = new QTableWidgetItem(qstr(propertyJson(properties, key).value_or(std::string())));
        valueItem->setData(Qt::UserRole, qstr(key));
        mTable->setItem(row, 0, keyItem);
        mTable->setItem(row, 1, valueItem);
    }
    mTable->resizeColumnToContents(0);
    mRemoveButton->setEnabled(!keys.empty());
}

std::optional<std::string> InspectorDock::editorJson(const Field &field) const
{
    switch (field.kind) {
    case EditorKind::Text: {
        const QString text = static_cast<QLineEdit *>(field.editor)->text();
        return text.isEmpty() ? std::nullopt : std::optional(jsonString(text));
    }
    case EditorKind::LongText: {
        const QString text = static_cast<QPlainTextEdit *>(field.editor)->toPlainText();
        return text.isEmpty() ? std::nullopt : std::optional(jsonString(text));
    }
    case EditorKind::Choice: {
        const QString text = static_cast<QComboBox *>(field.editor)->currentText().trimmed();
        return text.isEmpty() ? std::nullopt : std::optional(jsonString(text));
    }
    case EditorKind::Integer: {
        auto *spin = static_cast<QSpinBox *>(field.editor);
        return spin->value() == spin->minimum() ? std::nullopt : std::optional(std::to_string(spin->value()));
    }
    case EditorKind::Number: {
        auto *spin = static_cast<QDoubleSpinBox *>(field.editor);
        if (spin->value() == spin->minimum())
            return std::nullopt;
        return QString::number(spin->value(), 'g', 15).toStdString();
    }
    case EditorKind::Flag:
        return static_cast<QCheckBox *>(field.editor)->isChecked() ? std::optional<std::string>("true") : std::nullopt;
    }
    return std::nullopt;
}

void InspectorDock::commitField(Field &field)
{
    if (mUpdating || !mDocument || mId.empty() || !field.claimed)
        return;
    std::optional<std::string> now = editorJson(field);
    std::optional<std::string> before = propertyJson(mProperties, field.key);
    if (field.kind == EditorKind::Flag && before == "false")
        before.reset(); // unticked shows false and absent alike; neither is a change
    if (now) {
        auto canonical = canonicalJsonValue(*now);
        if (canonical)
            now = std::move(*canonical);
    }
    if (now == before)
        return;
    apply({{field.key, now}}, tr("Change %1 of %2").arg(qstr(field.key), qstr(mId)));
}

bool InspectorDock::apply(const std::vector<PropertyChange> &changes, const QString &undoText)
{
    const Status status = mDocument->setProperties(mId, changes, undoText);
    if (!status) {
        setMessage(tr("Not saved: %1").arg(status.error().message));
        refresh(); // back to what the story holds
        return false;
    }
    setMessage({});
    return true;
}

bool InspectorDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::KeyPress) {
        for (Field &field : mFields) {
            if (field.editor != watched || field.kind != EditorKind::LongText)
                continue;
            if (event->type() == QEvent::FocusOut) {
                commitField(field);
            } else {
                const auto *key = static_cast<QKeyEvent *>(event);
                if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                    && (key->modifiers() & Qt::ControlModifier)) {
                    commitField(field);
                    return true;
                }
            }
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void InspectorDock::tableItemChanged(QTableWidgetItem *item)
{
    if (mUpdating || !mDocument || mId.empty())
        return;
    const std::string key = utf8(item->data(Qt::UserRole).toString());
    const QString text = item->text();
    const bool isKey = item->column() == 0;
    // The edit is applied once the table is done with the item: applying it
    // refills the table, which must not happen inside the table's own signal.
    QMetaObject::invokeMethod(
            this,
            [this, id = mId, key, text, isKey] {
                if (!mDocument || id != mId)
                    return;
                const std::optional<std::string> current = propertyJson(mProperties, key);
                if (!current)
                    return; // gone meanwhile (an undo)
                if (isKey) {
                    const std::string newKey = utf8(text.trimmed());
                    if (newKey == key) {
                        refresh();
                        return;
                    }
                    if (newKey.empty()) {
                        setMessage(tr("Not saved: a property needs a name."));
                        refresh();
                        return;
                    }
                    if (propertyJson(mProperties, newKey)) {
                        setMessage(tr("Not saved: there is already a property named “%1”.").arg(qstr(newKey)));
                        refresh();
                        return;
                    }
                    if (!apply({{key, std::nullopt}, {newKey, current}},
                               tr("Rename property %1 of %2 to %3").arg(qstr(key), qstr(mId), qstr(newKey))))
                        return;
                    return;
                }
                auto canonical = canonicalJsonValue(utf8(text));
                if (!canonical) {
                    setMessage(tr("Not saved: “%1”: %2").arg(qstr(key), canonical.error().message));
                    refresh();
                    return;
                }
                if (*canonical == *current) {
                    refresh(); // same value, perhaps spelled differently: show the story's spelling
                    return;
                }
                apply({{key, *canonical}}, tr("Change %1 of %2").arg(qstr(key), qstr(mId)));
            },
            Qt::QueuedConnection);
}

void InspectorDock::addProperty()
{
    if (!mDocument || mId.empty())
        return;
    const std::string key = utf8(mNewKey->text().trimmed());
    if (key.empty()) {
        setMessage(tr("Not saved: a property needs a name."));
        return;
    }
    if (propertyJson(mProperties, key)) {
        setMessage(tr("Not saved: there is already a property named “%1”.").arg(qstr(key)));
        return;
    }
    auto canonical = canonicalJsonValue(utf8(mNewValue->text()));
    if (!canonical) {
        setMessage(tr("Not saved: “%1”: %2").arg(qstr(key), canonical.error().message));
        return;
    }
    if (apply({{key, *canonical}}, tr("Add property %1 to %2").arg(qstr(key), qstr(mId)))) {
        mNewKey->clear();
        mNewValue->clear();
    }
}

void InspectorDock::removeProperties()
{
    if (!mDocument || mId.empty())
        return;
    std::set<std::string> keys;
    for (const QTableWidgetItem *item : mTable->selectedItems())
        keys.insert(utf8(item->data(Qt::UserRole).toString()));
    if (keys.empty()) {
        setMessage(tr("Select the properties to remove in the table first."));
        return;
    }
    std::vector<PropertyChange> changes;
    for (const std::string &key : keys)
        changes.push_back({key, std::nullopt});
    const QString text = keys.size() == 1 ? tr("Remove property %1 from %2").arg(qstr(*keys.begin()), qstr(mId))
                                          : tr("Remove %1 properties from %2").arg(keys.size()).arg(qstr(mId));
    apply(changes, text);
}

void InspectorDock::selectEnd(bool to)
{
    const VertexIndex v = to ? mTo : mFrom;
    if (!mDocument || v == NoVertex)
        return;
    mDocument->setSelection({{v}, {}});
    mDocument->requestFocus({v});
}

} // namespace ryuk
