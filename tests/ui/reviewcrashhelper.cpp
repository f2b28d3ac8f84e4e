// A child process for tst_reviewworkspace's crash test: it opens a review catalog, saves one edit,
// makes more without saving, waits until the recovery journal holds them, says so on stdout and
// waits to be killed (kill -9), as an application that crashes mid-edit would be.
#include "models/reviewdocument.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace lookbook;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CATALOG IMAGE_ID\n", argv[0]);
        return 2;
    }
    ui::ReviewDocument document;
    document.setJournalInterval(100);
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };
    if (Status opened = document.open(QString::fromLocal8Bit(argv[1])); !opened)
        return fail(opened.error().message);
    if (Status shown = document.showImage(QString::fromLocal8Bit(argv[2]).toLongLong()); !shown)
        return fail(shown.error().message);
    // Saved: must survive the kill.
    if (!document.addBox({10, 10, 40, 50}, 7))
        return fail(QStringLiteral("cannot add the saved box"));
    if (Status saved = document.save(); !saved)
        return fail(saved.error().message);
    // Unsaved: a new box, a moved ground-truth box and the reviewed flag, to come back from the journal.
    const int firstTruth = document.currentState()->items.front().key;
    if (!document.addBox({60, 20, 90, 70}, 9) || !document.setBox(firstTruth, {12, 14, 52, 64}) || !document.setReviewed(true))
        return fail(QStringLiteral("cannot make the unsaved edits"));
    QObject::connect(&document, &ui::ReviewDocument::journalWritten, &app, [] {
        std::fputs("journaled\n", stdout);
        std::fflush(stdout);
    });
    return QApplication::exec();  // until killed
}
