#include "common/version.h"
#include "models/searchsession.h"
#include "models/thumbnailcache.h"
#include "models/workspaceconfig.h"
#include "settings/appsettings.h"
#include "settings/translations.h"
#include "widgets/mainwindow.h"
#include "workspaces/reviewworkspace.h"
#include "workspaces/searchworkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lookbook"));
    QApplication::setApplicationName(QStringLiteral("Lookbook"));
    QApplication::setApplicationVersion(lookbook::versionString());

    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lookbook.Lookbook"));  // packaging/*.desktop
    lookbook::ui::Translations::install(lookbook::ui::AppSettings().language());

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
    const QCommandLineOption reviewOption(QStringLiteral("review"),
        QApplication::translate("main", "open a review catalog (made by Dataset ▸ Import Dataset) in the Review workspace; --models names "
                                        "the detectors that Dataset ▸ Run Detectors uses"),
        QStringLiteral("db"));
    const QCommandLineOption importOption(QStringLiteral("import"),
        QApplication::translate("main", "with --review: first import this DeepFashion2 split or COCO JSON into the review catalog (created "
                                        "if new), then run the --models detectors on it"),
        QStringLiteral("dataset"));
    parser.addOptions({catalogOption, modelsOption, screenshotOption, demoOption, reviewOption, importOption});
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
    const bool review = parser.isSet(reviewOption);
    // Import, then detect: the review workspace is ready once the last of its jobs has finished.
    auto reviewJobs = std::make_shared<int>(review && parser.isSet(importOption) ? (manifests.isEmpty() ? 1 : 2) : 0);
    if (review) {
        lookbook::ui::ReviewWorkspace *workspace = window.reviewWorkspace();
        workspace->setDetectorManifests(manifests);
        if (*reviewJobs > 0) {
            QObject::connect(workspace, &lookbook::ui::ReviewWorkspace::jobFinished, workspace, [workspace, reviewJobs] {
                if (--*reviewJobs == 1)
                    workspace->runDetectors();
            });
            workspace->importDataset(parser.value(importOption), parser.value(reviewOption));
        } else {
            window.openReview(parser.value(reviewOption));
        }
    } else if (demo) {
        window.searchWorkspace()->openDemo();
    } else if (parser.isSet(catalogOption)) {
        lookbook::ui::WorkspaceConfig config;
        config.catalogPath = parser.value(catalogOption);
        config.manifests = manifests;
        window.searchWorkspace()->openWorkspace(config);
    } else {
        window.searchWorkspace()->restoreWorkspace();
    }
    if (!photo.isEmpty() && review) {
        // In the review workspace the photo is one of the catalog's images, shown once it is open.
        auto pending = std::make_shared<bool>(true);
        QObject::connect(window.reviewWorkspace(), &lookbook::ui::ReviewWorkspace::imageShown, &window, [&window, photo, pending, reviewJobs] {
            if (*pending && *reviewJobs <= 0) {
                *pending = false;
                window.reviewWorkspace()->showImageFile(photo);
            }
        });
    } else if (!photo.isEmpty()) {
        window.searchWorkspace()->openPhoto(photo);
    }

    if (parser.isSet(screenshotOption)) {
        // Ready = the backend check has finished, the photo (if any) is shown or has failed, and the
        // session has nothing in flight (models loaded, detections fused, results and thumbnails in).
        const QString path = parser.value(screenshotOption);
        auto state = std::make_shared<QElapsedTimer>();
        state->start();
        auto backendsDone = std::make_shared<bool>(false);
        auto photoDone = std::make_shared<bool>(photo.isEmpty() && !demo && !review);
        // The review workspace is ready once its first image is shown (or it failed to open).
        QObject::connect(window.reviewWorkspace(), &lookbook::ui::ReviewWorkspace::imageShown, &window, [photoDone, reviewJobs] {
            if (*reviewJobs <= 0)
                *photoDone = true;
        });
        QObject::connect(window.reviewWorkspace(), &lookbook::ui::ReviewWorkspace::errorShown, &window, [photoDone] { *photoDone = true; });
        // The demo's photo is known once its catalog is ready; no photo there settles it too.
        QObject::connect(window.searchWorkspace(), &lookbook::ui::SearchWorkspace::demoOpened, &window, [photoDone](const QString &street) {
            if (street.isEmpty())
                *photoDone = true;
        });
        QObject::connect(window.searchWorkspace(), &lookbook::ui::SearchWorkspace::errorShown, &window, [photoDone, demo] {
            if (demo)
                *photoDone = true;  // the demo failed: show the window with its message
        });
        QObject::connect(&window, &lookbook::ui::MainWindow::backendsChecked, &window, [backendsDone] { *backendsDone = true; });
        QObject::connect(window.searchWorkspace(), &lookbook::ui::SearchWorkspace::photoShown, &window, [photoDone] { *photoDone = true; });
        QObject::connect(window.searchWorkspace(), &lookbook::ui::SearchWorkspace::photoFailed, &window, [photoDone] { *photoDone = true; });
        auto *poll = new QTimer(&window);
        auto quietPolls = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll, state, backendsDone, photoDone, quietPolls] {
            constexpr qint64 kGiveUpMs = 180000;
            const lookbook::ui::SearchSession *session = window.searchWorkspace()->session();
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
