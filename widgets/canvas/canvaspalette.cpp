// Canvas colours derived from the widget palette.
#include "canvaspalette.h"

namespace ryuk {

CanvasPalette CanvasPalette::fromPalette(const QPalette &palette)
{
    CanvasPalette p;
    p.background = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    // A dark theme has a dark base: fills go dark and strokes light, so the
    // contrast between a node and its text stays the same on both themes.
    const bool dark = p.background.lightness() < 128;
    p.mutedText = palette.color(QPalette::PlaceholderText);
    p.gridLine = dark ? p.background.lighter(130) : p.background.darker(106);
    p.selection = palette.color(QPalette::Highlight);
    p.highlight = dark ? QColor::fromHsl(45, 230, 150) : QColor::fromHsl(38, 240, 110);
    p.handle = p.selection;
    p.rubberBand = p.selection;

    // Scene blue, Character orange, Choice purple, Event red, anything else grey.
    constexpr std::array<int, 5> nodeHues{210, 28, 275, 355, 0};
    for (std::size_t i = 0; i < nodeHues.size(); ++i) {
        const int saturation = i == std::size_t(NodeKind::Other) ? 0 : 150;
        p.nodeFill[i] = QColor::fromHsl(nodeHues[i], saturation, dark ? 62 : 228);
        p.nodeBorder[i] = QColor::fromHsl(nodeHues[i], saturation, dark ? 165 : 95);
    }
    // LEADS_TO blue, APPEARS_IN orange, TRIGGERS red, HAS_CHOICE purple,
    // RELATES_TO green, other grey: the hues of the node kinds they come from.
    constexpr std::array<int, 6> edgeHues{210, 28, 355, 275, 130, 0};
    for (std::size_t i = 0; i < edgeHues.size(); ++i) {
        const int saturation = i == std::size_t(EdgeKind::Other) ? 0 : 170;
        p.edge[i] = QColor::fromHsl(edgeHues[i], saturation, dark ? 150 : 110);
    }
    // Who appears where and who relates to whom are background facts next to
    // the story's flow: drawn see-through, so a cast of characters linked to
    // every scene does not bury the LEADS_TO arrows.
    for (EdgeKind secondary : {EdgeKind::AppearsIn, EdgeKind::RelatesTo})
        p.edge[std::size_t(secondary)].setAlpha(110);
    p.startMark = QColor::fromHsl(130, 170, dark ? 140 : 100);
    p.endingMark = QColor::fromHsl(0, 0, dark ? 200 : 60);
    return p;
}

} // namespace ryuk
