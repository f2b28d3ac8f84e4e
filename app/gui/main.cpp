#include "common/version.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lookbook"));
    QApplication::setApplicationName(QStringLiteral("Lookbook"));
    QApplication::setApplicationVersion(lookbook::versionString());

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lookbook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lookbook: street-to-shop clothes retrieval"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("photo"), QApplication::translate("main", "street photo to open"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "save a picture of the window once it is ready, then quit"), QStringLiteral("png"));
    parser.addOption(screenshotOption);
    parser.process(app);

    lookbook::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPhoto(parser.positionalArguments().constFirst());

    if (parser.isSet(screenshotOption)) {
        // Ready = the backend check has finished and the photo (if any) is shown or has failed.
        const QString path = parser.value(screenshotOption);
        const bool waitForPhoto = !parser.positionalArguments().isEmpty();
        auto pending = std::make_shared<int>(waitForPhoto ? 2 : 1);
        const auto readyOne = [&window, path, pending] {
            if (--*pending > 0)
                return;
            QTimer::singleShot(300, &window, [&window, path] {
                const bool saved = window.grab().save(path);
                QApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&window, &lookbook::ui::MainWindow::backendsChecked, &window, readyOne);
        QObject::connect(&window, &lookbook::ui::MainWindow::photoShown, &window, readyOne);
        QObject::connect(&window, &lookbook::ui::MainWindow::photoFailed, &window, readyOne);
    }
    return QApplication::exec();
}
