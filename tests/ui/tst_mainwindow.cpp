#include "widgets/mainwindow.h"
#include "widgets/messagebar.h"
#include "widgets/photocanvas.h"
#include "workspaces/evaluationworkspace.h"
#include "workspaces/reviewworkspace.h"
#include "workspaces/searchworkspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using lookbook::ui::MainWindow;
using lookbook::ui::SearchWorkspace;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LookbookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void opensAPhotoOffTheGuiThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("street.png"));
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(path));

        MainWindow window;
        window.show();
        QSignalSpy shown(window.searchWorkspace(), &SearchWorkspace::photoShown);
        window.searchWorkspace()->openPhoto(path);
        // The call only starts the decode: nothing is shown until the event loop brings the result.
        QCOMPARE(shown.count(), 0);
        QVERIFY(!window.searchWorkspace()->canvas()->hasPhoto());
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), path);
        QCOMPARE(window.searchWorkspace()->canvas()->photoSize(), QSize(320, 200));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("street.png")));
        QVERIFY(QSettings().value(QStringLiteral("photos/recent")).toStringList().contains(path));
    }

    void corruptPhotoIsReportedWithItsPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xff\xd8\xff\xe0 this is not really a JPEG");
        file.close();

        MainWindow window;
        window.show();
        QSignalSpy failed(window.searchWorkspace(), &SearchWorkspace::photoFailed);
        window.searchWorkspace()->openPhoto(path);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(path), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!window.searchWorkspace()->canvas()->hasPhoto());
        // The message bar says what went wrong; the status bar no longer says the photo is opening.
        QCOMPARE(window.searchWorkspace()->messageBar()->text(), failed.at(0).at(0).toString());
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    }

    void aNewerRequestWins()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.png"));
        const QString second = m_dir.filePath(QStringLiteral("second.png"));
        QVERIFY(QImage(2000, 1500, QImage::Format_RGB32).save(first));
        QVERIFY(QImage(64, 48, QImage::Format_RGB32).save(second));
        MainWindow window;
        QSignalSpy shown(window.searchWorkspace(), &SearchWorkspace::photoShown);
        window.searchWorkspace()->openPhoto(first);
        window.searchWorkspace()->openPhoto(second);
        QTRY_COMPARE(shown.count(), 1);
        QTest::qWait(200);  // the first decode, if it finishes late, must not replace the second
        QCOMPARE(shown.count(), 1);
        QCOMPARE(window.searchWorkspace()->currentPhotoSource(), second);
        QCOMPARE(window.searchWorkspace()->canvas()->photoSize(), QSize(64, 48));
    }

    void zoomActionsChangeTheView()
    {
        const QString path = m_dir.filePath(QStringLiteral("zoom.png"));
        QVERIFY(QImage(800, 600, QImage::Format_RGB32).save(path));
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.searchWorkspace(), &SearchWorkspace::photoShown);
        window.searchWorkspace()->openPhoto(path);
        QTRY_COMPARE(shown.count(), 1);
        const double fitted = window.searchWorkspace()->canvas()->zoom();
        QTest::keyClick(window.searchWorkspace()->canvas(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(window.searchWorkspace()->canvas()->zoom() > fitted * 1.2);
        QTest::keyClick(window.searchWorkspace()->canvas(), Qt::Key_F);
        QCOMPARE(window.searchWorkspace()->canvas()->zoom(), fitted);
    }

    void reportsBackendsInTheStatusBar()
    {
        MainWindow window;
        QSignalSpy checked(&window, &MainWindow::backendsChecked);
        QTest::qWait(50);
        QCOMPARE(checked.count(), 0);  // LibTorch and the others load once the window is up, not before
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        QCOMPARE(window.backends().size(), size_t(3));
    }

    void workspacesBringTheirOwnMenusDocksAndStatus()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SearchWorkspace *search = window.searchWorkspace();
        const auto menuNamed = [&window](const QString &text) -> QAction * {
            for (QAction *menu : window.menuBar()->actions())
                if (menu->text().remove(QLatin1Char('&')) == text)
                    return menu;
            return nullptr;
        };
        const auto fileActions = [&window] {
            QStringList shown;
            for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
                if (action->isVisible() && !action->isSeparator())
                    shown << action->text().remove(QLatin1Char('&'));
            return shown;
        };
        QCOMPARE(window.currentWorkspace(), search);
        QVERIFY(menuNamed(QStringLiteral("Search"))->isVisible());
        QVERIFY(!menuNamed(QStringLiteral("Dataset"))->isVisible());
        QVERIFY(!menuNamed(QStringLiteral("Edit"))->isVisible());  // nothing to edit in Search
        QVERIFY(fileActions().contains(QStringLiteral("Open Photo…")));
        QVERIFY(!fileActions().contains(QStringLiteral("Save Review Edits")));
        QVERIFY(search->statusWidget()->isVisible());
        QDockWidget *fusion = search->findChild<QDockWidget *>(QStringLiteral("fusionDock"));
        QVERIFY(fusion && fusion->isVisible());

        // Review: its menus and actions, none of Search's; the search docks go with their workspace.
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(window.currentWorkspace(), window.reviewWorkspace());
        QVERIFY(!menuNamed(QStringLiteral("Search"))->isVisible());
        QVERIFY(menuNamed(QStringLiteral("Dataset"))->isVisible() && menuNamed(QStringLiteral("Edit"))->isVisible());
        QVERIFY(fileActions().contains(QStringLiteral("Save Review Edits")));
        QVERIFY(!fileActions().contains(QStringLiteral("Open Photo…")));
        QVERIFY(!search->statusWidget()->isVisible());
        QVERIFY(!fusion->isVisible());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Review")));

        // A dock the user closed stays closed in its workspace, also after a restart.
        QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(window.currentWorkspace(), search);
        QVERIFY(fusion->isVisible());
        QVERIFY(search->statusWidget()->isVisible());
        fusion->close();
        window.close();
        MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QVERIFY(!restored.searchWorkspace()->findChild<QDockWidget *>(QStringLiteral("fusionDock"))->isVisible());
        QVERIFY(restored.searchWorkspace()->findChild<QDockWidget *>(QStringLiteral("layersDock"))->isVisible());
        restored.searchWorkspace()->findChild<QDockWidget *>(QStringLiteral("fusionDock"))->show();
        restored.close();
    }

    // The docks' and status bar's minimum widths decide the window's: it must fit a small screen.
    void fitsASmallScreen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.workspaceTabs()->count(); ++i) {
            window.workspaceTabs()->setCurrentIndex(i);
            QVERIFY2(window.minimumSizeHint().width() <= 1024, qPrintable(QString::number(window.minimumSizeHint().width())));
        }
    }

    void remembersWindowGeometry()
    {
        {
            MainWindow window;
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        MainWindow restored;
        QCOMPARE(restored.size(), QSize(900, 640));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
