#include "settings/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace lookbook::ui {

namespace {
const QString kDirectory = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("lookbook_");
} // namespace

QList<Translations::Language> Translations::available()
{
    // Written out: QLocale's native names differ between Qt versions and name no script for Chinese.
    const QList<Language> known{{QStringLiteral("en"), QStringLiteral("English")},
                                {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                {QStringLiteral("ko"), QStringLiteral("한국어")},
                                {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    QList<Language> languages;
    for (const Language &language : known) {
        if (QFile::exists(qmPath(language.code)))
            languages << language;
    }
    return languages;
}

QString Translations::qmPath(const QString &code)
{
    return QDir(kDirectory).filePath(kPrefix + code + QStringLiteral(".qm"));
}

bool Translations::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    const auto installed = [](const QLocale &language, const QString &name, const QString &directory) {
        auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
        if (!translator->load(language, name, QStringLiteral("_"), directory))
            return false;
        QCoreApplication::installTranslator(translator.release());
        return true;
    };
    installed(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));  // standard buttons and dialogs
    if (installed(locale, kPrefix.chopped(1), kDirectory))
        return true;
    // English, whose .qm holds the plural forms ("1 item", "2 items") the source texts only hint at.
    installed(QLocale(QLocale::English), kPrefix.chopped(1), kDirectory);
    return false;
}

} // namespace lookbook::ui
