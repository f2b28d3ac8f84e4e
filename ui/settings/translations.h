#pragma once

#include <QList>
#include <QString>

namespace lookbook::ui {

// The interface languages built into the application (.qm files under :/i18n) and the translators
// that put one of them in place.
class Translations final
{
public:
    struct Language final {
        QString code;        // a locale name, "ko", "zh_CN"; empty for the system's language
        QString nativeName;  // as its speakers write it: "Deutsch", "한국어"
    };

    // Every language built in, English first, the system's language not included.
    static QList<Language> available();
    // The .qm file of a language ("lookbook_ko.qm" under :/i18n).
    static QString qmPath(const QString &code);
    // Installs the translators (Lookbook's and Qt's own) for a language, empty: the system's, and
    // makes it the default locale so numbers follow it. Returns false when Lookbook has no
    // translation for it; the interface is then in English (with English plural forms). Call once,
    // before any window exists.
    static bool install(const QString &code);
};

} // namespace lookbook::ui
