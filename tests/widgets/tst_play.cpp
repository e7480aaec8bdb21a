// Tests of the Play dialog and the walk behind it: The Lantern Courier read
// along its first branch, with Back, Restart and the keyboard.
#include "docktestsupport.h"
#include "play/playdialog.h"
#include "play/storywalk.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace ryuk;
using namespace ryuk::test;

namespace {

QStringList buttonTexts(const PlayDialog &dialog)
{
    QStringList texts;
    for (const QPushButton *button : dialog.optionButtons())
        texts.append(button->text());
    return texts;
}

QString labelText(const PlayDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

} // namespace

class TestPlay : public QObject
{
    Q_OBJECT

private slots:
    void renders();
    void startScene();
    void firstBranch();
    void backAndRestart();
    void choicesAndEnds();
    void followsEdits();
};

void TestPlay::startScene()
{
    DocumentFixture f;
    RYUK_OPEN(openSpec(f,
                       QStringLiteral("a{\"chapter\":2,\"sequence\":1} b{\"chapter\":1,\"sequence\":5} "
                                      "c{\"chapter\":1,\"sequence\":2} x:Character"),
                       QString()));
    // No start marked: the first by chapter, then sequence.
    QCOMPARE(StoryWalk::startScene(f.document->graph()), f.vertex("c"));
    // A marked start wins over the order.
    RYUK_VERIFY_OK(f.document->setProperties("a", {{"start", "true"}}));
    QCOMPARE(StoryWalk::startScene(f.document->graph()), f.vertex("a"));
}

void TestPlay::firstBranch()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    PlayDialog dialog(f.document.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Play: The Lantern Courier"));

    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Night Route Over Kagaribi"));
    QCOMPARE(labelText(dialog, "playPlace"), QStringLiteral("Chapter 1, scene 1"));
    QVERIFY(labelText(dialog, "playSummary").startsWith(QStringLiteral("Sixteen-year-old Mina Kurose runs")));
    QCOMPARE(labelText(dialog, "playCharacters"), QStringLiteral("In this scene: Mina Kurose, Osamu Tachibana"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("playBack"))->isEnabled());

    // Always the first way on, by the digit key, from the start to an ending.
    struct Step
    {
        const char *title;
        std::vector<const char *> buttons;
    };
    const std::vector<Step> steps = {
            {"Night Route Over Kagaribi", {"1. The Edict of Registered Flames"}},
            {"The Edict of Registered Flames", {"1. A Lantern Burning Black"}},
            {"A Lantern Burning Black", {"1. The Pickpocket on the Ridge Tiles"}},
            {"The Pickpocket on the Ridge Tiles",
             {"1. Dive into the canal and follow Jun through the old sewer locks",
              "2. Leap the rooftops toward the Bureau's own clocktower"}},
            {"Through the Drowned Locks", {"1. The Ferrywoman's Warning"}},
            {"The Ferrywoman's Warning", {"1. The Postmaster's Silence (time skip)"}},
            {"The Postmaster's Silence", {"1. The Wharf Burns (flashback)"}},
            {"The Wharf Burns", {"1. Curfew Bells (dissolve)"}},
            {"Curfew Bells", {"1. Jun's Price"}},
            {"Jun's Price", {"1. Raid on the Ember Post"}},
            {"Raid on the Ember Post", {"1. Rowing Blind"}},
            {"Rowing Blind", {"1. The Drowned District (fade)"}},
            {"The Drowned District", {"1. Yuzuha's Offer (time skip)"}},
            {"Yuzuha's Offer", {"1. The Counting of Flames"}},
            {"The Counting of Flames", {"1. Orders in Grey"}},
            {"Orders in Grey", {"1. The Lantern Speaks"}},
            {"The Lantern Speaks",
             {"1. Break Osamu out of the Bureau tower first", "2. Carry the lantern into the Fog alone"}},
            {"Borrowed Grey", {"1. The Hall of Jarred Voices"}},
            {"The Hall of Jarred Voices", {"1. Yuzuha's Rearguard"}},
            {"Yuzuha's Rearguard", {"1. A Thousand Sparks"}},
            {"A Thousand Sparks", {"1. The New Moon Tide (time skip)"}},
            {"The New Moon Tide", {"1. Stairs of Frozen Glass"}},
            {"Stairs of Frozen Glass", {"1. The Director Climbs"}},
            {"The Director Climbs",
             {"1. Light the great lamp and unseal the letter for the whole city",
              "2. Hand the lantern to Sakaki to save your friends"}},
            {"Every Voice Carries", {"1. Every Window Lit (fade)"}},
            {"Every Window Lit", {}},
    };
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        QCOMPARE(labelText(dialog, "playTitle"), QString::fromUtf8(step.title));
        QStringList expected;
        for (const char *text : step.buttons)
            expected.append(QString::fromUtf8(text));
        QCOMPARE(buttonTexts(dialog), expected);
        QCOMPARE(dialog.walk().history().size(), i);
        if (!step.buttons.empty())
            QTest::keyClick(&dialog, Qt::Key_1);
    }
    QCOMPARE(labelText(dialog, "playPlace"), QStringLiteral("Chapter 4, scene 5"));
    QCOMPARE(labelText(dialog, "playCharacters"),
             QStringLiteral("In this scene: Mina Kurose, Osamu Tachibana, Yuzuha Amane"));
    QCOMPARE(labelText(dialog, "playEnding"), QStringLiteral("The end."));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("playEnding"))->isVisible());
    // Playing never touches the story.
    QCOMPARE(f.document->undoStack()->count(), 0);
}

void TestPlay::backAndRestart()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    PlayDialog dialog(f.document.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&dialog, Qt::Key_1);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("The Pickpocket on the Ridge Tiles"));
    QTest::keyClick(&dialog, Qt::Key_2); // the clocktower
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Bells Under the Clocktower"));
    QCOMPARE(labelText(dialog, "playCharacters"),
             QStringLiteral("In this scene: Jun Hayashida, Mina Kurose, Yuzuha Amane"));
    QTest::keyClick(&dialog, Qt::Key_9); // no ninth way: nothing happens
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Bells Under the Clocktower"));

    auto *back = dialog.findChild<QPushButton *>(QStringLiteral("playBack"));
    QVERIFY(back->isEnabled());
    back->click();
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("The Pickpocket on the Ridge Tiles"));
    QTest::keyClick(&dialog, Qt::Key_Backspace);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("A Lantern Burning Black"));
    QTest::mouseClick(dialog.optionButtons().front(), Qt::LeftButton);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("The Pickpocket on the Ridge Tiles"));

    dialog.findChild<QPushButton *>(QStringLiteral("playRestart"))->click();
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Night Route Over Kagaribi"));
    QVERIFY(!back->isEnabled());
}

void TestPlay::choicesAndEnds()
{
    DocumentFixture f;
    // s1 → c1 (two outcomes) and → c2 (none); s1 → s4 with a label; s2 is a dead end, s3 an ending.
    RYUK_OPEN(
            openSpec(f,
                     QStringLiteral("s1{\"title\":\"One\",\"start\":true} s2{\"title\":\"Two\"} "
                                    "s3{\"title\":\"Three\",\"ending\":true} s4{\"title\":\"Four\"} "
                                    "c1:Choice{\"text\":\"Onward\"} c2:Choice{\"text\":\"Wait\"}"),
                     QStringLiteral("r1:s1>c1 r2:c1>s2 r3:c1>s3 r4:s1>c2 r5:s1>s4{\"label\":\"Run&hide\"} r6:s4>s2")));
    PlayDialog dialog(f.document.get());
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("One"));
    QCOMPARE(labelText(dialog, "playPlace"), QStringLiteral("s1"));
    QCOMPARE(labelText(dialog, "playSummary"), QStringLiteral("(This scene has no summary yet.)"));
    QCOMPARE(labelText(dialog, "playCharacters"), QStringLiteral("Nobody appears in this scene."));
    QCOMPARE(buttonTexts(dialog),
             QStringList({QStringLiteral("1. Onward — Two"), QStringLiteral("2. Onward — Three"),
                          QStringLiteral("3. Wait"), QStringLiteral("4. Run&&hide")}));
    QVERIFY(!dialog.optionButtons()[2]->isEnabled()); // a choice that leads nowhere
    dialog.choose(2);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("One"));

    dialog.choose(0);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Two"));
    QCOMPARE(labelText(dialog, "playEnding"),
             QStringLiteral("The story stops here: no way on, and the scene is not marked as an ending."));
    dialog.back();
    dialog.choose(1);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Three"));
    QCOMPARE(labelText(dialog, "playEnding"), QStringLiteral("The end."));
}

void TestPlay::followsEdits()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    PlayDialog dialog(f.document.get());
    dialog.choose(0);
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("The Edict of Registered Flames"));
    RYUK_VERIFY_OK(f.document->setProperties("s02", {{"title", "\"The Edict\""}}));
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("The Edict"));
    // The scene goes: back to the one before.
    RYUK_VERIFY_OK(f.document->removeElements({"s02"}));
    QCOMPARE(labelText(dialog, "playTitle"), QStringLiteral("Night Route Over Kagaribi"));
    QCOMPARE(buttonTexts(dialog), QStringList());
    f.document->undoStack()->undo();
    QCOMPARE(buttonTexts(dialog), QStringList({QStringLiteral("1. The Edict")}));
}

void TestPlay::renders()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    PlayDialog dialog(f.document.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int i = 0; i < 3; ++i)
        dialog.choose(0);
    QVERIFY(!screenshot(&dialog, QStringLiteral("play")).isNull());
    while (!dialog.walk().current().isEnd())
        dialog.choose(0);
    QVERIFY(!screenshot(&dialog, QStringLiteral("play-end")).isNull());
}

QTEST_MAIN(TestPlay)
#include "tst_play.moc"
