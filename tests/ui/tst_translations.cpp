#include "dialogs/preferencesdialog.h"
#include "models/categorylabel.h"
#include "settings/appsettings.h"
#include "settings/translations.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using lookbook::ui::AppSettings;
using lookbook::ui::MainWindow;
using lookbook::ui::Translations;

namespace {

struct TsMessage final {
    QString context;
    QString source;
    QStringList translations;  // one, or one per plural form
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool gone = false;  // obsolete or vanished entries are history, not interface
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message" && !gone)
                messages << message;
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = TsMessage{context, {}, {}, false};
            gone = false;
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            gone = type == u"obsolete" || type == u"vanished";
            message.unfinished = type == u"unfinished";
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                message.translations << xml.text().toString();
        } else if (xml.name() == u"numerusform") {
            message.translations << xml.readElementText();
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    // %1…%9, %n and the window-modified marker [*]
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|\\d)|\\[\\*\\]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

// Every language is built in and complete, keeps the source's placeholders and accelerators, and is
// what the interface shows once chosen.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LookbookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void everyLanguageIsBuiltIn()
    {
        QStringList codes;
        for (const Translations::Language &language : Translations::available()) {
            codes << language.code;
            QVERIFY(!language.nativeName.isEmpty());
            QTranslator translator;
            QVERIFY2(translator.load(Translations::qmPath(language.code)), qPrintable(Translations::qmPath(language.code)));
            QVERIFY(!translator.isEmpty());
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ko"), QStringLiteral("zh_CN")}));
    }

    void tsFilesAreCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("code");
        for (const Translations::Language &language : Translations::available())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void tsFilesAreCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, code);
        const QString path = QDir(QStringLiteral(LOOKBOOK_TRANSLATIONS_DIR)).filePath(QStringLiteral("lookbook_%1.ts").arg(code));
        const QList<TsMessage> messages = readTs(path);
        QVERIFY2(!messages.isEmpty(), qPrintable(path));
        for (const TsMessage &message : messages) {
            const QString where = QStringLiteral("%1: %2: \"%3\"").arg(path, message.context, message.source);
            QVERIFY2(!message.unfinished && !message.translations.isEmpty(), qPrintable(where + QStringLiteral(" is not translated")));
            const bool hasAccelerator = QString(message.source).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(where + QStringLiteral(" has an empty form")));
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(where + QStringLiteral(" changes its placeholders in \"%1\"").arg(translation)));
                if (hasAccelerator)
                    QVERIFY2(QString(translation).remove(QStringLiteral("&&")).contains(QLatin1Char('&')), qPrintable(where + QStringLiteral(" lost its accelerator")));
                QVERIFY2(translation.count(QLatin1Char('<')) == message.source.count(QLatin1Char('<')),
                         qPrintable(where + QStringLiteral(" changes its rich text in \"%1\"").arg(translation)));
            }
        }
    }

    void tsFilesHoldEveryTrString_data() { tsFilesAreCompleteAndKeepPlaceholders_data(); }

    // lupdate over the sources into a copy of the .ts file: any message it adds is a tr() string the
    // committed file lacks, shown untranslated. (Messages that vanished from the sources are history.)
    void tsFilesHoldEveryTrString()
    {
        QFETCH(QString, code);
        const QString name = QStringLiteral("lookbook_%1.ts").arg(code);
        const QString committed = QDir(QStringLiteral(LOOKBOOK_TRANSLATIONS_DIR)).filePath(name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(committed, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList sources = QStringList{QStringLiteral(LOOKBOOK_UI_SOURCE_DIR)}
                                    + QStringLiteral(LOOKBOOK_TRANSLATED_CORE_SOURCES).split(QLatin1Char(','), Qt::SkipEmptyParts);
        lupdate.start(QStringLiteral(LOOKBOOK_LUPDATE), QStringList{QStringLiteral("-locations"), QStringLiteral("none")} + sources
                                                            + QStringList{QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        const QByteArray log = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, log.constData());

        const auto keys = [](const QList<TsMessage> &messages) {
            QSet<QString> set;
            for (const TsMessage &message : messages)
                set.insert(message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"'));
            return set;
        };
        const QSet<QString> known = keys(readTs(committed));
        QVERIFY2(known.size() > 400, qPrintable(committed));  // the file was read, not just opened
        QStringList missing = (keys(readTs(copy)) - known).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2 tr() string(s) (run the update_translations target, then "
                                                               "translate them):\n%3").arg(committed).arg(missing.size()).arg(missing.join(QLatin1Char('\n')))));
    }

    void englishHasPluralForms()
    {
        QTranslator english;
        QVERIFY(english.load(Translations::qmPath(QStringLiteral("en"))));
        const char *context = "lookbook::ui::CatalogPanel";
        const char *source = "%Ln shop item(s)";
        QCOMPARE(english.translate(context, source, nullptr, 1), QStringLiteral("%Ln shop item"));
        QCOMPARE(english.translate(context, source, nullptr, 2), QStringLiteral("%Ln shop items"));
    }

    void knownStringsAreTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("searching");
        QTest::addColumn<QString>("trousers");
        QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("파일(&F)") << QStringLiteral("검색 중…") << QStringLiteral("긴바지");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("正在搜索…") << QStringLiteral("长裤");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("Suche läuft …") << QStringLiteral("Hose");
    }

    void knownStringsAreTranslated()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, searching);
        QFETCH(QString, trousers);
        QTranslator translator;
        QVERIFY(translator.load(Translations::qmPath(code)));
        QCOMPARE(translator.translate("lookbook::ui::MainWindow", "&File"), file);
        QCOMPARE(translator.translate("lookbook::ui::SearchWorkspace", "Searching…"), searching);
        // Garment categories on boxes and cards are shown in the user's language too.
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(lookbook::ui::categoryLabel(8), trousers);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(lookbook::ui::categoryLabel(8), QStringLiteral("trousers"));
    }

    void preferencesOfferEveryLanguage()
    {
        lookbook::ui::Preferences initial;
        initial.language = QStringLiteral("zh_CN");
        lookbook::ui::PreferencesDialog dialog(initial);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        QStringList codes;
        QStringList names;
        for (int i = 0; i < combo->count(); ++i) {
            codes << combo->itemData(i).toString();
            names << combo->itemText(i);
        }
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ko"), QStringLiteral("zh_CN")}));
        QCOMPARE(names.mid(1), (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("한국어"), QStringLiteral("简体中文")}));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("ko")));
        QCOMPARE(dialog.preferences().language, QStringLiteral("ko"));
        combo->setCurrentIndex(0);
        QCOMPARE(dialog.preferences().language, QString());  // the system's
    }

    // Installing changes the whole application's language: these two come last, this one first.
    void unknownLanguageFallsBackToEnglishPlurals()
    {
        QVERIFY(!Translations::install(QStringLiteral("fr")));
        const char *context = "lookbook::ui::CatalogPanel";
        QCOMPARE(QCoreApplication::translate(context, "%Ln shop item(s)", nullptr, 1), QStringLiteral("1 shop item"));
        QCOMPARE(QCoreApplication::translate(context, "%Ln shop item(s)", nullptr, 3), QStringLiteral("3 shop items"));
    }


    void chosenLanguageReachesTheWindow()
    {
        AppSettings settings;
        QCOMPARE(settings.language(), QString());  // the system's
        settings.setLanguage(QStringLiteral("ko"));
        QCOMPARE(AppSettings().language(), QStringLiteral("ko"));

        QVERIFY(Translations::install(AppSettings().language()));
        QCOMPARE(QLocale().name(), QStringLiteral("ko_KR"));
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("파일(&F)"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
