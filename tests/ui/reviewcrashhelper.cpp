// A child process for tst_reviewworkspace's crash tests: it opens a review catalog, saves one edit,
// makes more without saving, waits until the recovery journal holds them, says so on stdout and
// waits to be killed (kill -9), as an application that crashes mid-edit would be.
// With --save-loop it instead edits and saves without pause (reviewsaveloop.h), to be killed at
// any moment: inside a save's transaction, while the journal is written or removed. Given a row
// count N as well, it stops at the N-th row that SQLite changes after the catalog is open (inside a
// save's transaction), says "in save" and waits there to be killed.
#include "models/reviewdocument.h"
#include "reviewsaveloop.h"

#include <sqlite3.h>

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

using namespace lookbook;

namespace {

long g_rowsToStop = -1;  // counts down to 0 while edits are saved; −1: never stop

void onRowChange(void *, int, const char *, const char *, sqlite3_int64)
{
    if (g_rowsToStop < 0 || --g_rowsToStop > 0)
        return;
    std::puts("in save");
    std::fflush(stdout);
    for (;;)
        pause();
}

int installRowHook(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_update_hook(db, &onRowChange, nullptr);
    return SQLITE_OK;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CATALOG IMAGE_ID [--save-loop]\n", argv[0]);
        return 2;
    }
    const bool saveLoop = argc > 3 && qstrcmp(argv[3], "--save-loop") == 0;
    if (saveLoop && argc > 4)
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&installRowHook));  // every connection opened from now on
    ui::ReviewDocument document;
    document.setJournalInterval(saveLoop ? 1 : 100);
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };
    if (Status opened = document.open(QString::fromLocal8Bit(argv[1])); !opened)
        return fail(opened.error().message);
    if (Status shown = document.showImage(QString::fromLocal8Bit(argv[2]).toLongLong()); !shown)
        return fail(shown.error().message);
    if (saveLoop) {
        if (argc > 4)
            g_rowsToStop = QByteArray(argv[4]).toLong();
        // One edit per event-loop turn, so that the journal timer runs between them.
        int edit = 0;
        QTimer step;
        QObject::connect(&step, &QTimer::timeout, &app, [&] {
            ++edit;
            bool done = document.addBox(test::saveLoopBox(edit), test::kSaveLoopCategory) > 0;
            if (edit % 2 == 1)
                done = done && document.setReviewed(test::saveLoopReviewed(edit));
            Status saved = success();
            if (done && edit % 2 == 0)
                saved = document.save();
            if (!done || !saved) {
                std::fprintf(stderr, "edit %d failed: %s\n", edit, saved ? "" : qPrintable(saved.error().message));
                return QCoreApplication::exit(1);
            }
            std::printf(edit % 2 == 0 ? "saved %d\n" : "edited %d\n", edit);
            std::fflush(stdout);
            if (edit == test::kSaveLoopEdits) {
                step.stop();
                std::puts("done");
                std::fflush(stdout);
            }
        });
        std::puts("ready");
        std::fflush(stdout);
        step.start(0);
        return QApplication::exec();  // until killed
    }
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
