// The list of bundled icons, kept next to the resource list in resources/CMakeLists.txt.
#include "icons.h"

namespace ryuk {

QStringList iconNames()
{
    return {
        QStringLiteral("ryuk-studio"),
        QStringLiteral("node-scene"),
        QStringLiteral("node-character"),
        QStringLiteral("node-choice"),
        QStringLiteral("node-event"),
        QStringLiteral("node-custom"),
        QStringLiteral("new"),
        QStringLiteral("open"),
        QStringLiteral("import"),
        QStringLiteral("export"),
        QStringLiteral("save-image"),
        QStringLiteral("undo"),
        QStringLiteral("redo"),
        QStringLiteral("cut"),
        QStringLiteral("copy"),
        QStringLiteral("paste"),
        QStringLiteral("delete"),
        QStringLiteral("find"),
        QStringLiteral("zoom-in"),
        QStringLiteral("zoom-out"),
        QStringLiteral("zoom-fit"),
        QStringLiteral("minimap"),
        QStringLiteral("layout"),
        QStringLiteral("validate"),
        QStringLiteral("flow"),
        QStringLiteral("play"),
        QStringLiteral("profiler"),
        QStringLiteral("add-relationship"),
        QStringLiteral("settings"),
    };
}

} // namespace ryuk
