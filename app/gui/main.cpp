#include "common/version.h"
#include "models/searchsession.h"
#include "models/thumbnailcache.h"
#include "models/workspaceconfig.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
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
    parser.addPositionalArgument(QStringLiteral("photo"), QApplication::translate("main", "street photo to open"), QStringLiteral("[photo]"));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), QApplication::translate("main", "shop catalog to search (a .db)"),
                                           QStringLiteral("db"));
    const QCommandLineOption modelsOption(QStringLiteral("models"),
        QApplication::translate("main", "model manifests: detectors and the catalog's embedder (repeat, or list the .json files after the "
                                        "photo)"),
        QStringLiteral("manifest"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "save a picture of the window once it is ready (photo searched, thumbnails shown), then quit"),
        QStringLiteral("png"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main", "open the demo: the demo models and their catalog of synthetic shop photos (made on first run), "
                                        "searching one of its street photos"));
    parser.addOptions({catalogOption, modelsOption, screenshotOption, demoOption});
    parser.process(app);

    // `--models a.json b.json c.json photo.jpg`: the parser takes the first, the rest are positional.
    QStringList manifests = parser.values(modelsOption);
    QString photo;
    for (const QString &argument : parser.positionalArguments()) {
        if (argument.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            manifests << argument;
        else
            photo = argument;
    }

    lookbook::ui::MainWindow window;
    window.show();
    const bool demo = parser.isSet(demoOption);
    if (demo) {
        window.openDemo();
    } else if (parser.isSet(catalogOption)) {
        lookbook::ui::WorkspaceConfig config;
        config.catalogPath = parser.value(catalogOption);
        config.manifests = manifests;
        window.openWorkspace(config);
    } else {
        window.restoreWorkspace();
    }
    if (!photo.isEmpty())
        window.openPhoto(photo);

    if (parser.isSet(screenshotOption)) {
        // Ready = the backend check has finished, the photo (if any) is shown or has failed, and the
        // session has nothing in flight (models loaded, detections fused, results and thumbnails in).
        const QString path = parser.value(screenshotOption);
        auto state = std::make_shared<QElapsedTimer>();
        state->start();
        auto backendsDone = std::make_shared<bool>(false);
        auto photoDone = std::make_shared<bool>(photo.isEmpty() && !demo);
        // The demo's photo is known once its catalog is ready; no photo there settles it too.
        QObject::connect(&window, &lookbook::ui::MainWindow::demoOpened, &window, [photoDone](const QString &street) {
            if (street.isEmpty())
                *photoDone = true;
        });
        QObject::connect(&window, &lookbook::ui::MainWindow::errorShown, &window, [photoDone, demo] {
            if (demo)
                *photoDone = true;  // the demo failed: show the window with its message
        });
        QObject::connect(&window, &lookbook::ui::MainWindow::backendsChecked, &window, [backendsDone] { *backendsDone = true; });
        QObject::connect(&window, &lookbook::ui::MainWindow::photoShown, &window, [photoDone] { *photoDone = true; });
        QObject::connect(&window, &lookbook::ui::MainWindow::photoFailed, &window, [photoDone] { *photoDone = true; });
        auto *poll = new QTimer(&window);
        auto quietPolls = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll, state, backendsDone, photoDone, quietPolls] {
            constexpr qint64 kGiveUpMs = 180000;
            const lookbook::ui::SearchSession *session = window.session();
            const bool settled = *backendsDone && *photoDone && !session->isBusy() && session->thumbnails()->pendingCount() == 0;
            // Settled twice in a row: results that just arrived have been painted and their
            // thumbnails asked for in between.
            *quietPolls = settled ? *quietPolls + 1 : 0;
            if (*quietPolls < 2 && state->elapsed() < kGiveUpMs)
                return;
            poll->stop();
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
        poll->start(300);
    }
    return QApplication::exec();
}
