// The Inspector dock: typed editors for the selected node or relationship,
// and a key/value table for every other property.
#pragma once

#include "document/storydocument.h"
#include "graph/storygraph.h"
#include "store/storystore.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace ryuk {

// Shows what document->selection() holds: one element gets its editors,
// several a count, none a quiet hint. Each edit is one setProperties call, so
// one undo step named for what changed; the editors follow document->changed()
// (an undo shows at once) and showing an element never writes to it.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);
    ~InspectorDock() override;

    // Not owned; nullptr shows nothing. The dock forgets a document that is destroyed.
    void setDocument(StoryDocument *document);
    StoryDocument *document() const { return mDocument; }

    // The id shown, empty when the selection is not exactly one element.
    QString currentId() const;
    // The last refusal or failure shown to the user, empty after a good edit.
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class EditorKind { Text, LongText, Integer, Number, Flag, Choice };

    // One typed editor bound to one property key, for one kind of element.
    struct Field
    {
        std::string owner; // the node type it belongs to, or RelationshipOwner
        std::string key;
        EditorKind kind;
        QWidget *editor = nullptr;
        QFormLayout *form = nullptr;
        bool claimed = false; // shows the current element's value (else the table does)
    };

    enum class Subject { Node, Relationship };

    QWidget *buildElementPage();
    void addField(const std::string &owner, const QString &label, std::string key, EditorKind kind);
    void refresh();
    void showElement();
    void showFields(const std::string &type, const std::string &properties);
    void showTable(const std::string &properties);
    void setMessage(const QString &text);

    void commitField(Field &field);
    std::optional<std::string> editorJson(const Field &field) const;
    bool apply(const std::vector<PropertyChange> &changes, const QString &undoText);

    void tableItemChanged(QTableWidgetItem *item);
    void addProperty();
    void removeProperties();
    void selectEnd(bool to);

    QPointer<StoryDocument> mDocument;
    bool mUpdating = false; // true while editors are being filled: nothing they emit is an edit

    // What is shown.
    Subject mSubject = Subject::Node;
    std::string mId;
    std::string mType;
    std::string mProperties; // canonical JSON as last read
    VertexIndex mFrom = NoVertex;
    VertexIndex mTo = NoVertex;

    QStackedWidget *mPages = nullptr;
    QLabel *mEmptyLabel = nullptr;
    QLabel *mManyLabel = nullptr;
    QFormLayout *mHeader = nullptr;
    QLineEdit *mIdEdit = nullptr;
    QLabel *mTypeLabel = nullptr;
    QLabel *mFromLabel = nullptr;
    QLabel *mToLabel = nullptr;
    std::vector<Field> mFields;
    QTableWidget *mTable = nullptr;
    QLineEdit *mNewKey = nullptr;
    QLineEdit *mNewValue = nullptr;
    QPushButton *mAddButton = nullptr;
    QPushButton *mRemoveButton = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ryuk
