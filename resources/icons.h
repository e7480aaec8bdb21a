// Icons for actions and node types: the desktop theme's where it has one, ours otherwise.
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

#include <array>
#include <cstring>

namespace ryuk {

// Every icon bundled under :/icons/ as <name>.svg: the application icon, the
// node types ("node-scene", …) and the main actions ("new", "zoom-fit", …).
QStringList iconNames();

// The freedesktop icon-naming-spec name matching one of ours, or null when
// the spec has none (then our own icon is always used).
inline const char *freedesktopIconName(const char *name)
{
    struct Alias
    {
        const char *ours;
        const char *freedesktop;
    };
    static constexpr std::array<Alias, 16> aliases{{
        {"new", "document-new"},
        {"open", "document-open"},
        {"import", "document-import"},
        {"export", "document-export"},
        {"undo", "edit-undo"},
        {"redo", "edit-redo"},
        {"cut", "edit-cut"},
        {"copy", "edit-copy"},
        {"paste", "edit-paste"},
        {"delete", "edit-delete"},
        {"find", "edit-find"},
        {"zoom-in", "zoom-in"},
        {"zoom-out", "zoom-out"},
        {"zoom-fit", "zoom-fit-best"},
        {"play", "media-playback-start"},
        {"settings", "preferences-system"},
    }};
    for (const Alias &alias : aliases) {
        if (std::strcmp(alias.ours, name) == 0)
            return alias.freedesktop;
    }
    return nullptr;
}

// The theme's icon for `name` if the desktop has one, else :/icons/<name>.svg.
inline QIcon themedIcon(const char *name)
{
    const QIcon ours(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
    const char *themeName = freedesktopIconName(name);
    if (!themeName)
        return ours;
    return QIcon::fromTheme(QLatin1String(themeName), ours);
}

} // namespace ryuk
