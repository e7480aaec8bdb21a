// The canvas colours: one hue per node kind and per relationship type, made
// light or dark to match the widget palette, so the canvas reads on both themes.
#pragma once

#include "graph/storygraph.h"

#include <QColor>
#include <QPalette>

#include <array>

namespace ryuk {

struct CanvasPalette
{
    QColor background;
    QColor gridLine;
    QColor text;
    QColor mutedText;
    QColor selection; // outline of selected nodes and relationships
    QColor highlight; // outline of found / highlighted elements
    QColor handle;    // the knob that starts a new relationship
    QColor rubberBand;
    std::array<QColor, 5> nodeFill{};   // by NodeKind
    std::array<QColor, 5> nodeBorder{}; // by NodeKind
    std::array<QColor, 6> edge{};       // by EdgeKind
    QColor startMark;
    QColor endingMark;

    static CanvasPalette fromPalette(const QPalette &palette);

    const QColor &fill(NodeKind kind) const { return nodeFill[std::size_t(kind)]; }
    const QColor &border(NodeKind kind) const { return nodeBorder[std::size_t(kind)]; }
    const QColor &edgeColor(EdgeKind kind) const { return edge[std::size_t(kind)]; }
};

} // namespace ryuk
