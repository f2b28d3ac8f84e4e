#include "cli/boxoption.h"

#include <QStringList>

namespace lookbook::cli {

std::optional<Box> parseBoxOption(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const Box box{v[0], v[1], v[2], v[3]};
    // toDouble() reads "nan" and "inf", which compare false with every bound below.
    if (!box.isFinite() || v[2] <= v[0] || v[3] <= v[1])
        return std::nullopt;
    return box;
}

} // namespace lookbook::cli
